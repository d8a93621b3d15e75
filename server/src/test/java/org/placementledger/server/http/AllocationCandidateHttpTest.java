package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** GET /allocation_candidates over HTTP (spec §2.10, §4.10): per-version shapes, read-after-write, refusals. */
class AllocationCandidateHttpTest extends HttpApiTest {

    /** A custom class of our own, so other tests' providers never match. */
    private String freshClass() {
        String name = "CUSTOM_AC_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        assertThat(put("/resource_classes/" + name, null).version("1.7").send().status()).isEqualTo(201);
        return name;
    }

    private String providerWith(String rc, int total, String parent) {
        String uuid = newUuid();
        Map<String, Object> body = parent == null ? Map.of("name", "ac-" + uuid, "uuid", uuid)
                : Map.of("name", "ac-" + uuid, "uuid", uuid, "parent_provider_uuid", parent);
        assertThat(post("/resource_providers", body).version("1.14").send().status()).isEqualTo(201);
        if (rc != null) {
            Reply inv = put("/resource_providers/" + uuid + "/inventories", Map.of("resource_provider_generation", 0,
                    "inventories", Map.of(rc, Map.of("total", total)))).send();
            assertThat(inv.status()).isEqualTo(200);
        }
        return uuid;
    }

    private JsonNode candidates(String query, String version) {
        Reply r = get("/allocation_candidates?" + query).version(version).send();
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theAnswerTakesTheShapeOfTheMicroversion() {
        String rc = freshClass();
        String big = providerWith(rc, 4, null);
        providerWith(rc, 1, null);
        String query = "resources=" + rc + ":2";

        JsonNode listForm = candidates(query, "1.10");
        assertThat(listForm.get("allocation_requests")).hasSize(1);
        assertThat(listForm.at("/allocation_requests/0/allocations/0/resource_provider/uuid").asText()).isEqualTo(big);
        assertThat(listForm.at("/provider_summaries/" + big + "/resources/" + rc + "/capacity").asInt()).isEqualTo(4);
        assertThat(listForm.get("provider_summaries").get(big).has("traits")).isFalse();

        JsonNode dictForm = candidates(query, "1.12");
        assertThat(dictForm.at("/allocation_requests/0/allocations/" + big + "/resources/" + rc).asInt()).isEqualTo(2);
        assertThat(dictForm.at("/allocation_requests/0").has("mappings")).isFalse();

        JsonNode nested = candidates(query, "1.29");
        assertThat(nested.at("/provider_summaries/" + big + "/traits").isArray()).isTrue();
        assertThat(nested.at("/provider_summaries/" + big + "/root_provider_uuid").asText()).isEqualTo(big);
        assertThat(nested.at("/provider_summaries/" + big + "/parent_provider_uuid").isNull()).isTrue();

        JsonNode mapped = candidates(query, "1.34");
        assertThat(mapped.at("/allocation_requests/0/mappings/").get(0).asText()).isEqualTo(big);
    }

    @Test
    void aReadRightAfterAWriteSeesIt() {
        String rc = freshClass();
        String rp = providerWith(rc, 3, null);
        String consumer = newUuid();
        Reply claimed = put("/allocations/" + consumer, Map.of("allocations",
                Map.of(rp, Map.of("resources", Map.of(rc, 2))), "project_id", "p", "user_id", "u")).version("1.12").send();
        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(204);

        JsonNode after = candidates("resources=" + rc + ":1", "1.12");
        assertThat(after.at("/provider_summaries/" + rp + "/resources/" + rc + "/used").asInt()).isEqualTo(2);
        assertThat(candidates("resources=" + rc + ":2", "1.12").get("allocation_requests")).isEmpty();

        assertThat(delete("/allocations/" + consumer).send().status()).isEqualTo(204);
        assertThat(candidates("resources=" + rc + ":2", "1.12").get("allocation_requests")).hasSize(1);
    }

    @Test
    void summariesAtTheNewestVersionsFollowEveryChange() {
        String rc = freshClass();
        String rp = providerWith(rc, 3, null);
        String query = "resources=" + rc + ":1";
        assertThat(candidates(query, "1.39").at("/provider_summaries/" + rp + "/resources/" + rc + "/used").asInt())
                .isZero();

        String consumer = newUuid();
        assertThat(put("/allocations/" + consumer, Map.of("allocations", Map.of(rp, Map.of("resources", Map.of(rc, 2))),
                "project_id", "p", "user_id", "u")).version("1.12").send().status()).isEqualTo(204);
        assertThat(candidates(query, "1.39").at("/provider_summaries/" + rp + "/resources/" + rc + "/used").asInt())
                .isEqualTo(2);
        assertThat(candidates(query, "1.29").at("/provider_summaries/" + rp + "/resources/" + rc + "/used").asInt())
                .isEqualTo(2);

        int generation = get("/resource_providers/" + rp).send().json().get("generation").asInt();
        assertThat(put("/resource_providers/" + rp + "/traits", Map.of("resource_provider_generation", generation,
                "traits", List.of("HW_CPU_X86_AVX2"))).version("1.6").send().status()).isEqualTo(200);
        assertThat(candidates(query, "1.39").at("/provider_summaries/" + rp + "/traits/0").asText())
                .isEqualTo("HW_CPU_X86_AVX2");
    }

    @Test
    void inTreeKeepsToOneTreeAndSummarizesItWhole() {
        String rc = freshClass();
        String root = providerWith(null, 0, null);
        String child = providerWith(rc, 2, root);
        String outside = providerWith(rc, 2, null); // another tree: kept out by in_tree
        JsonNode answer = candidates("resources=" + rc + ":1&in_tree=" + child, "1.31");
        assertThat(answer.get("allocation_requests")).hasSize(1);
        assertThat(answer.get("provider_summaries").size()).isEqualTo(2);
        assertThat(answer.at("/provider_summaries/" + root + "/resources").size()).isZero();
        assertThat(answer.get("provider_summaries").has(outside)).isFalse();
        assertThat(candidates("resources=" + rc + ":1", "1.29").get("allocation_requests")).hasSize(2);
    }

    @Test
    void badQueriesAreRefusedWithPlacementsCodes() {
        String rc = freshClass();
        assertThat(get("/allocation_candidates?resources=VCPU:1").version("1.9").send().status()).isEqualTo(404);
        Reply unknown = get("/allocation_candidates?resources=NOPE:1").version("1.10").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("Invalid resource class in resources parameter");
        Reply noPolicy = get("/allocation_candidates?resources1=" + rc + ":1&resources2=" + rc + ":1")
                .version("1.25").send();
        assertThat(noPolicy.raw()).contains("The \\\"group_policy\\\" parameter is required");
        assertCode(get("/allocation_candidates?resources=" + rc + ":1&root_required=HW_CPU_X86_AVX"
                + "&root_required=HW_CPU_X86_SSE").version("1.35").send(), "placement.query.duplicate_key");
        assertCode(get("/allocation_candidates?resources=" + rc + ":1&root_required=HW_CPU_X86_AVX,!HW_CPU_X86_AVX")
                .version("1.35").send(), "placement.query.bad_value");
        assertCode(get("/allocation_candidates?resources_A=" + rc + ":1&same_subtree=_A,").version("1.36").send(),
                "placement.query.bad_value");
        assertCode(get("/allocation_candidates?required_A=HW_CPU_X86_AVX&same_subtree=_A").version("1.36").send(),
                "placement.query.missing_value");
        assertCode(get("/allocation_candidates?resources=" + rc + ":1&required_A=HW_CPU_X86_AVX").version("1.36")
                .send(), "placement.query.bad_value");
        Reply badLimit = get("/allocation_candidates?resources=" + rc + ":1&limit=0").version("1.16").send();
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.raw()).contains("Failed validating 'pattern'");
    }

    private static void assertCode(Reply reply, String code) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/code").asText()).isEqualTo(code);
    }

    @Test
    void aLimitKeepsTheFirstCandidatesAndTheirSummaries() {
        String rc = freshClass();
        List.of(1, 2, 3).forEach(i -> providerWith(rc, 1, null));
        JsonNode answer = candidates("resources=" + rc + ":1&limit=2", "1.16");
        assertThat(answer.get("allocation_requests")).hasSize(2);
        assertThat(answer.get("provider_summaries").size()).isEqualTo(2);
    }
}
