package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A provider's traits (1.6+) and aggregates (1.1+) over HTTP (spec §2.4, §2.5, §4.3). */
class ProviderTraitAggregateHttpTest extends HttpApiTest {

    private static Map<String, Object> traits(long generation, String... names) {
        return Map.of("traits", List.of(names), "resource_provider_generation", generation);
    }

    @Test
    void traitsAreReplacedListedAndCleared() {
        String rp = createProvider();
        String path = "/resource_providers/" + rp + "/traits";
        assertThat(get(path).version("1.5").send().status()).isEqualTo(404);
        Reply empty = get(path).version("1.6").send();
        assertThat(empty.json().get("traits")).isEmpty();
        assertThat(empty.json().get("resource_provider_generation").asLong()).isZero();
        Reply set = put(path, traits(0, "STORAGE_DISK_SSD", "HW_CPU_X86_AVX")).version("1.15").send();
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("resource_provider_generation").asLong()).isEqualTo(1);
        assertThat(set.header("last-modified")).isNotNull();
        assertThat(get(path).version("1.6").send().json().get("traits").toString())
                .isEqualTo("[\"HW_CPU_X86_AVX\",\"STORAGE_DISK_SSD\"]");
        Reply same = put(path, traits(1, "HW_CPU_X86_AVX", "STORAGE_DISK_SSD")).version("1.6").send();
        assertThat(same.json().get("resource_provider_generation").asLong()).isEqualTo(1); // unchanged set
        assertThat(delete(path).version("1.6").send().status()).isEqualTo(204);
        assertThat(get(path).version("1.6").send().json().get("resource_provider_generation").asLong()).isEqualTo(2);
        delete(path).version("1.6").send(); // no traits: no bump
        assertThat(get("/resource_providers/" + rp).send().json().get("generation").asLong()).isEqualTo(2);
    }

    @Test
    void traitRefusals() {
        String rp = createProvider();
        String path = "/resource_providers/" + rp + "/traits";
        Reply conflict = put(path, traits(3, "HW_CPU_X86_AVX")).version("1.23").send();
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.raw()).contains(
                "Resource provider's generation already changed. Please update the generation and try again.");
        assertThat(conflict.json().at("/errors/0/code").asText()).isEqualTo("placement.concurrent_update");
        Reply unknown = put(path, traits(0, "NOT_A_TRAIT", "HW_CPU_X86_AVX")).version("1.6").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("No such trait NOT_A_TRAIT");
        Reply noGeneration = put(path, Map.of("traits", List.of())).version("1.6").send();
        assertThat(noGeneration.raw()).contains("'resource_provider_generation' is a required property");
        Reply missing = get("/resource_providers/" + newUuid() + "/traits").version("1.6").send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(put("/resource_providers/" + newUuid() + "/traits", traits(0)).version("1.6").send().status())
                .isEqualTo(404);
        assertThat(delete("/resource_providers/" + newUuid() + "/traits").version("1.6").send().status())
                .isEqualTo(404);
        assertThat(get(path).version("1.6").send().json().get("resource_provider_generation").asLong()).isZero();
    }

    @Test
    void aggregatesBefore119AreABareArrayWithoutGeneration() {
        String rp = createProvider();
        String path = "/resource_providers/" + rp + "/aggregates";
        String agg1 = newUuid();
        String agg2 = newUuid();
        assertThat(get(path).version("1.0").send().status()).isEqualTo(404);
        Reply set = put(path, List.of(agg2, agg1)).version("1.1").send();
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().toString()).isEqualTo("{\"aggregates\":[\"" + agg2 + "\",\"" + agg1 + "\"]}");
        assertThat(get("/resource_providers/" + rp).send().json().get("generation").asLong()).isZero();
        Reply listed = get(path).version("1.1").send();
        assertThat(listed.json().get("aggregates")).hasSize(2);
        assertThat(listed.json().has("resource_provider_generation")).isFalse();
        Reply dup = put(path, List.of(agg1, agg1)).version("1.1").send();
        assertThat(dup.status()).isEqualTo(400);
        assertThat(dup.raw()).contains("has non-unique elements");
    }

    @Test
    void aggregatesFrom119CarryAndBumpTheGeneration() {
        String rp = createProvider();
        String path = "/resource_providers/" + rp + "/aggregates";
        String agg = newUuid();
        Reply set = put(path, Map.of("aggregates", List.of(agg), "resource_provider_generation", 0))
                .version("1.19").send();
        assertThat(set.json().get("resource_provider_generation").asLong()).isEqualTo(1);
        Reply again = put(path, Map.of("aggregates", List.of(agg), "resource_provider_generation", 1))
                .version("1.19").send();
        assertThat(again.json().get("resource_provider_generation").asLong()).isEqualTo(2);
        Reply conflict = put(path, Map.of("aggregates", List.of(), "resource_provider_generation", 1))
                .version("1.23").send();
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().at("/errors/0/code").asText()).isEqualTo("placement.concurrent_update");
        Reply notUuid = put(path, Map.of("aggregates", List.of("harry"), "resource_provider_generation", 2))
                .version("1.19").send();
        assertThat(notUuid.raw()).contains("'harry' is not a 'uuid'");
        Reply bare = put(path, List.of(agg)).version("1.19").send();
        assertThat(bare.raw()).contains("JSON does not validate");
        assertThat(put("/resource_providers/" + newUuid() + "/aggregates", List.of()).version("1.1").send().status())
                .isEqualTo(404);
        assertThat(get(path).version("1.19").send().json().get("aggregates").get(0).asText()).isEqualTo(agg);
    }
}
