package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Inventories and provider usages over real HTTP (spec §2.3, §2.4, §4.2, §4.3). */
class InventoryHttpTest extends HttpApiTest {

    private String inventories(String uuid) {
        return "/resource_providers/" + uuid + "/inventories";
    }

    private Reply putAll(String uuid, long generation, Map<String, Object> inventories, String version) {
        return put(inventories(uuid), Map.of("resource_provider_generation", generation, "inventories", inventories))
                .version(version).send();
    }

    @Test
    void postCreatesARecordWithDefaultsALocationAndABump() {
        String uuid = createProvider();
        Reply r = post(inventories(uuid), Map.of("resource_class", "DISK_GB", "total", 2048, "reserved", 512))
                .version("1.15").send();
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("location")).isEqualTo("http://127.0.0.1:" + port + inventories(uuid) + "/DISK_GB");
        assertThat(r.header("last-modified")).isNotNull();
        assertThat(r.json()).isEqualTo(JSON.valueToTree(Map.of("total", 2048, "reserved", 512, "min_unit", 1,
                "max_unit", 2147483647, "step_size", 1, "allocation_ratio", 1.0, "resource_provider_generation", 1)));

        Reply all = get(inventories(uuid)).send();
        assertThat(all.json().at("/resource_provider_generation").asLong()).isEqualTo(1);
        assertThat(all.json().at("/inventories/DISK_GB/max_unit").asLong()).isEqualTo(2147483647L);
        assertThat(get("/resource_providers/" + uuid).send().json().at("/generation").asLong()).isEqualTo(1);
    }

    @Test
    void postOfAClassThatIsThereIsAConcurrentUpdateAndChangesNothing() {
        String uuid = createProvider();
        post(inventories(uuid), Map.of("resource_class", "VCPU", "total", 8)).send();
        Reply again = post(inventories(uuid), Map.of("resource_class", "VCPU", "total", 4)).version("1.23").send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/errors/0/code").asText()).isEqualTo("placement.concurrent_update");
        Reply now = get(inventories(uuid) + "/VCPU").send();
        assertThat(now.json().at("/total").asLong()).isEqualTo(8);
        assertThat(now.json().at("/resource_provider_generation").asLong()).isEqualTo(1);
    }

    @Test
    void postRefusesAnUnknownClassAndAnOutOfRangeRatio() {
        String uuid = createProvider();
        Reply unknown = post(inventories(uuid), Map.of("resource_class", "NO_CLASS_14", "total", 1)).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("Unable to create inventory for resource provider " + uuid
                + ": No such resource class NO_CLASS_14.");
        Reply ratio = post(inventories(uuid), "{\"resource_class\": \"VCPU\", \"total\": 1,"
                + " \"allocation_ratio\": 3.40282e+39}").send();
        assertThat(ratio.status()).isEqualTo(400);
        assertThat(ratio.raw()).contains("Failed validating 'maximum' in schema['properties']['allocation_ratio']");
        assertThat(get(inventories(uuid)).send().json().at("/resource_provider_generation").asLong()).isZero();
    }

    @Test
    void numbersThatAreNoNumbersAre400NeverA500() {
        String uuid = createProvider();
        for (String ratio : new String[] {"NaN", "-Infinity", "Infinity"}) {
            Reply r = post(inventories(uuid), "{\"resource_class\": \"VCPU\", \"total\": 1, \"allocation_ratio\": "
                    + ratio + "}").send();
            assertThat(r.status()).as(ratio).isEqualTo(400);
        }
        Reply wholeFloat = post(inventories(uuid), "{\"resource_class\": \"VCPU\", \"total\": 2.0}").send();
        assertThat(wholeFloat.status()).isEqualTo(201);
        assertThat(wholeFloat.json().at("/total").asLong()).isEqualTo(2);
    }

    @Test
    void everyRouteOfAMissingProviderIs404() {
        String missing = newUuid();
        Reply list = get(inventories(missing)).send();
        assertThat(list.status()).isEqualTo(404);
        assertThat(list.raw()).contains("No resource provider with uuid " + missing + " found");
        // the provider is looked up before the body is validated, as in Placement
        assertThat(post(inventories(missing), Map.of()).send().status()).isEqualTo(404);
        assertThat(put(inventories(missing) + "/VCPU", Map.of()).send().status()).isEqualTo(404);
        assertThat(delete(inventories(missing)).version("1.5").send().status()).isEqualTo(404);
        assertThat(get("/resource_providers/" + missing + "/usages").send().status()).isEqualTo(404);
    }

    @Test
    void showHasLastModifiedFrom115Only() {
        String uuid = createProvider();
        post(inventories(uuid), Map.of("resource_class", "VCPU", "total", 8)).send();
        Reply at115 = get(inventories(uuid) + "/VCPU").version("1.15").send();
        assertThat(at115.header("last-modified")).matches("\\w+, \\d+ \\w+ \\d{4} [\\d:]+ GMT");
        assertThat(at115.header("cache-control")).isEqualTo("no-cache");
        Reply at114 = get(inventories(uuid) + "/VCPU").version("1.14").send();
        assertThat(at114.header("last-modified")).isNull();
        Reply missing = get(inventories(uuid) + "/DISK_GB").send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.raw()).contains("No inventory of class DISK_GB for " + uuid);
    }

    @Test
    void putOneChecksGenerationExistenceAndClass() {
        String uuid = createProvider();
        post(inventories(uuid), Map.of("resource_class", "VCPU", "total", 8)).send();
        Reply stale = put(inventories(uuid) + "/VCPU", Map.of("resource_provider_generation", 0, "total", 4))
                .version("1.23").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().at("/errors/0/code").asText()).isEqualTo("placement.concurrent_update");
        Reply none = put(inventories(uuid) + "/MEMORY_MB", Map.of("resource_provider_generation", 1, "total", 4))
                .send();
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.raw()).contains("No inventory record with resource class for resource provider " + uuid);
        Reply unknown = put(inventories(uuid) + "/HOUSE", Map.of("resource_provider_generation", 1, "total", 4))
                .send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw()).contains("No such resource class HOUSE.");

        Reply ok = put(inventories(uuid) + "/VCPU", Map.of("resource_provider_generation", 1, "total", 4)).send();
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().at("/total").asLong()).isEqualTo(4);
        assertThat(ok.json().at("/resource_provider_generation").asLong()).isEqualTo(2);
    }

    @Test
    void zeroCapacityIsAllowedFrom126Only() {
        String uuid = createProvider();
        Map<String, Object> full = Map.of("VCPU", Map.of("total", 4, "reserved", 4));
        Reply old = putAll(uuid, 0, full, "1.25");
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.raw()).contains("Unable to update inventory for resource provider " + uuid)
                .contains("The reserved value is greater than or equal to total.");
        assertThat(putAll(uuid, 0, full, "1.26").status()).isEqualTo(200);
        Reply over = putAll(uuid, 1, Map.of("VCPU", Map.of("total", 4, "reserved", 5)), "1.26");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.raw()).contains("The reserved value is greater than total.");
    }

    @Test
    void putAllReplacesAndBumpsEvenWhenUnchanged() {
        String uuid = createProvider();
        Map<String, Object> body = Map.of("IPV4_ADDRESS", Map.of("total", 253), "DISK_GB", Map.of("total", 1024));
        Reply first = putAll(uuid, 0, body, "1.15");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("last-modified")).isNotNull();
        assertThat(first.json().at("/resource_provider_generation").asLong()).isEqualTo(1);
        assertThat(first.json().at("/inventories/IPV4_ADDRESS/allocation_ratio").asDouble()).isEqualTo(1.0);
        Reply same = putAll(uuid, 1, body, "1.0");
        assertThat(same.json().at("/resource_provider_generation").asLong()).isEqualTo(2);
        Reply emptied = putAll(uuid, 2, Map.of(), "1.4");
        assertThat(emptied.json().at("/inventories").size()).isZero();
        assertThat(emptied.json().at("/resource_provider_generation").asLong()).isEqualTo(3);
    }

    @Test
    void putAllWithAKeyThatIsNoClassNameIs400NeverA500() {
        String uuid = createProvider();
        Reply r = putAll(uuid, 0, Map.of("house", "red"), "1.0");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).contains("Unknown resource class in inventory for resource provider " + uuid
                + ": No such resource class house.");
        Reply bad = putAll(uuid, 0, Map.of("VCPU", Map.of("total", 1, "color", "red")), "1.0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("Additional properties are not allowed ('color' was unexpected)");
    }

    @Test
    void deleteOneAndAllBumpAndAreGatedAt15() {
        String uuid = createProvider();
        post(inventories(uuid), Map.of("resource_class", "VCPU", "total", 8)).send();
        Reply gone = delete(inventories(uuid) + "/VCPU").send();
        assertThat(gone.status()).isEqualTo(204);
        assertThat(gone.header("content-type")).isNull();
        Reply again = delete(inventories(uuid) + "/VCPU").send();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.raw()).contains("No inventory of class VCPU found for delete");
        assertThat(delete(inventories(uuid)).version("1.4").send().status()).isEqualTo(405);
        assertThat(delete(inventories(uuid)).version("1.5").send().status()).isEqualTo(204);
        assertThat(get(inventories(uuid)).send().json().at("/resource_provider_generation").asLong()).isEqualTo(3);
    }

    @Test
    void usagesListEveryClassWithInventory() {
        String uuid = createProvider();
        Reply empty = get("/resource_providers/" + uuid + "/usages").version("1.15").send();
        assertThat(empty.json()).isEqualTo(JSON.valueToTree(Map.of("resource_provider_generation", 0,
                "usages", Map.of())));
        assertThat(empty.header("last-modified")).isNotNull();
        putAll(uuid, 0, Map.of("VCPU", Map.of("total", 8), "DISK_GB", Map.of("total", 10)), "1.0");
        Reply r = get("/resource_providers/" + uuid + "/usages").send();
        assertThat(r.json()).isEqualTo(JSON.valueToTree(Map.of("resource_provider_generation", 1,
                "usages", Map.of("VCPU", 0, "DISK_GB", 0))));
    }
}
