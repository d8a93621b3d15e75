package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** POST /allocations, provider allocations, /usages and /reshaper (spec §2.4, §2.6, §2.9, §2.11, §4.11, §4.12). */
class AllocationRoutesHttpTest extends LedgerHttpTest {

    private static Map<String, Object> typed(Map<String, Object> body, String type) {
        Map<String, Object> out = new LinkedHashMap<>(body);
        out.put("consumer_type", type);
        return out;
    }

    @Test
    void postWritesSeveralConsumersInOneStepOrNoneOfThem() {
        String rp = providerWith("VCPU", 4);
        String a = newUuid();
        String b = newUuid();
        assertThat(post("/allocations", Map.of(a, body(on(rp, "VCPU", 2), null))).version("1.12").send().status())
                .isEqualTo(404);
        Reply tooMuch = post("/allocations", Map.of(a, body(on(rp, "VCPU", 2), null), b, body(on(rp, "VCPU", 3), null)))
                .version("1.28").send();
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(allocationsOf(a, "1.28").get("allocations").isEmpty()).isTrue();

        Reply ok = post("/allocations", Map.of(a, body(on(rp, "VCPU", 2), null), b, body(on(rp, "VCPU", 2), null)))
                .version("1.28").send();
        assertThat(ok.status()).as(ok.raw()).isEqualTo(204);
        assertThat(generationOf(rp)).isEqualTo(2);
        // Hand a's share to b: one clears, the other grows, in one request.
        Reply swap = post("/allocations", Map.of(a, body(Map.of(), 1), b, body(on(rp, "VCPU", 4), 1)))
                .version("1.28").send();
        assertThat(swap.status()).as(swap.raw()).isEqualTo(204);
        assertThat(allocationsOf(a, "1.28").get("allocations").isEmpty()).isTrue();
        assertThat(allocationsOf(b, "1.28").get("consumer_generation").asLong()).isEqualTo(2);
        assertThat(usagesOf(rp).get("VCPU").asLong()).isEqualTo(4);
    }

    @Test
    void providerAllocationsListEveryConsumerWithItsGenerationFrom128() {
        String rp = providerWith("VCPU", 8, "MEMORY_MB", 1024);
        String a = newUuid();
        String b = newUuid();
        put("/allocations/" + a, body(on(rp, "VCPU", 1, "MEMORY_MB", 256), null)).version("1.28").send();
        put("/allocations/" + b, body(on(rp, "VCPU", 2), null)).version("1.28").send();
        put("/allocations/" + b, body(on(rp, "VCPU", 3), 1)).version("1.28").send();

        Reply r = get("/resource_providers/" + rp + "/allocations").version("1.28").send();
        assertThat(r.json()).isEqualTo(JSON.valueToTree(Map.of("resource_provider_generation", 4, "allocations", Map.of(
                a, Map.of("resources", Map.of("VCPU", 1, "MEMORY_MB", 256), "consumer_generation", 1),
                b, Map.of("resources", Map.of("VCPU", 3), "consumer_generation", 2)))));
        assertThat(get("/resource_providers/" + rp + "/allocations").version("1.27").send().json()
                .at("/allocations/" + a).has("consumer_generation")).isFalse();
        assertThat(get("/resource_providers/" + newUuid() + "/allocations").send().status()).isEqualTo(404);
        assertThat(usagesOf(rp)).isEqualTo(JSON.valueToTree(Map.of("VCPU", 4, "MEMORY_MB", 256)));
    }

    @Test
    void usagesOfAProjectFlatBefore138AndGroupedByTypeFrom138() {
        String rp = providerWith("VCPU", 16, "MEMORY_MB", 4096);
        String project = "proj-" + newUuid();
        Map<String, Object> one = body(on(rp, "VCPU", 1, "MEMORY_MB", 512), null);
        one.put("project_id", project);
        Map<String, Object> two = body(on(rp, "VCPU", 2), null);
        two.put("project_id", project);
        put("/allocations/" + newUuid(), typed(one, "INSTANCE")).version("1.38").send();
        put("/allocations/" + newUuid(), typed(two, "INSTANCE")).version("1.38").send();
        put("/allocations/" + newUuid(), one).version("1.28").send();

        assertThat(get("/usages?project_id=" + project).version("1.9").send().json()).isEqualTo(JSON.valueToTree(
                Map.of("usages", Map.of("VCPU", 4, "MEMORY_MB", 1024))));
        assertThat(get("/usages?project_id=" + project).version("1.38").send().json()).isEqualTo(JSON.valueToTree(
                Map.of("usages", Map.of(
                        "INSTANCE", Map.of("VCPU", 3, "MEMORY_MB", 512, "consumer_count", 2),
                        "unknown", Map.of("VCPU", 1, "MEMORY_MB", 512, "consumer_count", 1)))));
        assertThat(get("/usages?project_id=" + project + "&consumer_type=all").version("1.38").send().json()
                .at("/usages/all/consumer_count").asLong()).isEqualTo(3);
        assertThat(get("/usages?project_id=" + project + "&consumer_type=unknown").version("1.38").send().json()
                .get("usages").fieldNames()).toIterable().containsExactly("unknown");
        assertThat(get("/usages?project_id=" + project + "&user_id=nobody").version("1.9").send().json())
                .isEqualTo(JSON.valueToTree(Map.of("usages", Map.of())));
        assertThat(get("/usages").version("1.9").send().status()).isEqualTo(400);
        assertThat(get("/usages?project_id=" + project + "&consumer_type=all").version("1.37").send().status())
                .isEqualTo(400);
    }

    @Test
    void theReshaperMovesInventoryAndAllocationsAtomically() {
        String parent = providerWith("VCPU", 8, "MEMORY_MB", 1024);
        String child = createProvider();
        String consumer = newUuid();
        put("/allocations/" + consumer, body(on(parent, "VCPU", 2, "MEMORY_MB", 128), null)).version("1.28").send();
        assertThat(post("/reshaper", Map.of()).version("1.29").send().status()).isEqualTo(404);

        Map<String, Object> moved = new LinkedHashMap<>(on(parent, "VCPU", 2));
        moved.putAll(on(child, "MEMORY_MB", 128));
        Map<String, Object> reshape = Map.of(
                "inventories", Map.of(
                        parent, Map.of("resource_provider_generation", 2, "inventories", Map.of("VCPU", Map.of("total", 8))),
                        child, Map.of("resource_provider_generation", 0,
                                "inventories", Map.of("MEMORY_MB", Map.of("total", 1024)))),
                "allocations", Map.of(consumer, body(moved, 1)));
        Reply stale = post("/reshaper", Map.of("inventories", Map.of(parent, Map.of("resource_provider_generation", 1,
                "inventories", Map.of())), "allocations", Map.of())).version("1.30").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(code(stale)).isEqualTo("placement.concurrent_update");
        Reply inUse = post("/reshaper", Map.of("inventories", Map.of(parent, Map.of("resource_provider_generation", 2,
                "inventories", Map.of("VCPU", Map.of("total", 8)))), "allocations", Map.of())).version("1.30").send();
        assertThat(code(inUse)).isEqualTo("placement.inventory.inuse");
        Reply missing = post("/reshaper", Map.of("inventories", Map.of(newUuid(), Map.of("resource_provider_generation",
                0, "inventories", Map.of())), "allocations", Map.of())).version("1.30").send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(code(missing)).isEqualTo("placement.resource_provider.not_found");
        assertThat(generationOf(parent)).isEqualTo(2);

        Reply ok = post("/reshaper", reshape).version("1.30").send();
        assertThat(ok.status()).as(ok.raw()).isEqualTo(204);
        assertThat(generationOf(parent)).isEqualTo(5);
        assertThat(generationOf(child)).isEqualTo(3);
        JsonNode held = allocationsOf(consumer, "1.28");
        assertThat(held.at("/allocations/" + child + "/resources")).isEqualTo(JSON.valueToTree(Map.of("MEMORY_MB", 128)));
        assertThat(held.get("consumer_generation").asLong()).isEqualTo(2);
        assertThat(usagesOf(parent)).isEqualTo(JSON.valueToTree(Map.of("VCPU", 2)));
        assertThat(get("/resource_providers/" + child + "/inventories").send().json().at("/inventories/MEMORY_MB/total")
                .asLong()).isEqualTo(1024);
    }
}
