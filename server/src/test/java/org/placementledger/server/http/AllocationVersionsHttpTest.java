package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** PUT, GET and DELETE /allocations/{consumer} across microversions (spec §2.6, §4.3, §4.4). */
class AllocationVersionsHttpTest extends LedgerHttpTest {

    static final String INCOMPLETE = "00000000-0000-0000-0000-000000000000";

    private static Map<String, Object> listRecord(String provider, Map<String, Object> resources) {
        return Map.of("resource_provider", Map.of("uuid", provider), "resources", resources);
    }

    @Test
    void theListFormBelow112WritesTheIncompleteConsumerAndTheLastRecordOfAProviderWins() {
        String rp = providerWith("VCPU", 8, "DISK_GB", 100);
        String consumer = newUuid();
        Reply put = put("/allocations/" + consumer, Map.of("allocations", List.of(
                listRecord(rp, Map.of("VCPU", 4)), listRecord(rp, Map.of("DISK_GB", 10))))).version("1.0").send();
        assertThat(put.status()).as(put.raw()).isEqualTo(204);

        JsonNode old = allocationsOf(consumer, "1.0");
        assertThat(old).isEqualTo(JSON.valueToTree(Map.of("allocations",
                Map.of(rp, Map.of("generation", 2, "resources", Map.of("DISK_GB", 10)))))); 
        JsonNode at112 = allocationsOf(consumer, "1.12");
        assertThat(at112.get("project_id").asText()).isEqualTo(INCOMPLETE);
        assertThat(at112.get("user_id").asText()).isEqualTo(INCOMPLETE);
        assertThat(at112.has("consumer_generation")).isFalse();

        Reply withProject = put("/allocations/" + consumer, Map.of("allocations",
                List.of(listRecord(rp, Map.of("VCPU", 1))), "project_id", "p")).version("1.7").send();
        assertThat(withProject.status()).isEqualTo(400);
    }

    @Test
    void from18TheListFormNeedsProjectAndUser() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        Map<String, Object> record = listRecord(rp, Map.of("VCPU", 1));
        assertThat(put("/allocations/" + consumer, Map.of("allocations", List.of(record))).version("1.8").send()
                .status()).isEqualTo(400);
        Reply ok = put("/allocations/" + consumer, Map.of("allocations", List.of(record), "project_id", "p8",
                "user_id", "u8")).version("1.8").send();
        assertThat(ok.status()).isEqualTo(204);
        JsonNode read = allocationsOf(consumer, "1.12");
        assertThat(read.get("project_id").asText()).isEqualTo("p8");
        assertThat(read.get("user_id").asText()).isEqualTo("u8");
    }

    @Test
    void theDictFormFrom112RefusesEmptyAllocationsUntil128() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("allocations", on(rp, "VCPU", 2),
                "project_id", "p", "user_id", "u"));
        assertThat(put("/allocations/" + consumer, body).version("1.12").send().status()).isEqualTo(204);
        body.put("allocations", Map.of());
        assertThat(put("/allocations/" + consumer, body).version("1.27").send().status()).isEqualTo(400);
        assertThat(allocationsOf(consumer, "1.12").at("/allocations/" + rp + "/resources/VCPU").asLong()).isEqualTo(2);
    }

    @Test
    void consumerGenerationsFrom128() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        assertThat(put("/allocations/" + consumer, body(on(rp, "VCPU", 1), 3)).version("1.28").send().json()
                .at("/errors/0/detail").asText()).contains("consumer generation conflict - expected null but got 3");
        assertThat(put("/allocations/" + consumer, body(on(rp, "VCPU", 1), null)).version("1.28").send().status())
                .isEqualTo(204);
        assertThat(allocationsOf(consumer, "1.28").get("consumer_generation").asLong()).isEqualTo(1);

        Reply stale = put("/allocations/" + consumer, body(on(rp, "VCPU", 2), null)).version("1.28").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(code(stale)).isEqualTo("placement.concurrent_update");
        assertThat(stale.raw()).contains("consumer generation conflict - expected 1 but got None");

        assertThat(put("/allocations/" + consumer, body(on(rp, "VCPU", 2), 1)).version("1.28").send().status())
                .isEqualTo(204);
        long before = generationOf(rp);
        assertThat(put("/allocations/" + consumer, body(Map.of(), 2)).version("1.28").send().status()).isEqualTo(204);
        assertThat(allocationsOf(consumer, "1.28")).isEqualTo(JSON.valueToTree(Map.of("allocations", Map.of())));
        assertThat(generationOf(rp)).isEqualTo(before + 1);
    }

    @Test
    void consumerTypesFrom138AndUnknownForConsumersWrittenBefore() {
        String rp = providerWith("VCPU", 8);
        String old = newUuid();
        put("/allocations/" + old, body(on(rp, "VCPU", 1), null)).version("1.28").send();
        // upstream's bug story 2009167, fixed: a consumer without a type shows as "unknown"
        assertThat(allocationsOf(old, "1.38").get("consumer_type").asText()).isEqualTo("unknown");
        assertThat(allocationsOf(old, "1.37").has("consumer_type")).isFalse();

        String typed = newUuid();
        Map<String, Object> body = body(on(rp, "VCPU", 1), null);
        assertThat(put("/allocations/" + typed, body).version("1.38").send().status()).isEqualTo(400);
        body.put("consumer_type", "INSTANCE");
        assertThat(put("/allocations/" + typed, body).version("1.38").send().status()).isEqualTo(204);
        assertThat(allocationsOf(typed, "1.38").get("consumer_type").asText()).isEqualTo("INSTANCE");
        // A write below 1.38 keeps the type.
        put("/allocations/" + typed, body(on(rp, "VCPU", 2), 1)).version("1.37").send();
        assertThat(allocationsOf(typed, "1.38").get("consumer_type").asText()).isEqualTo("INSTANCE");
    }

    @Test
    void theConsumerUuidIsCheckedAndCanonicalised() {
        String rp = providerWith("VCPU", 8);
        Reply bad = put("/allocations/not-a-uuid", body(on(rp, "VCPU", 1), null)).version("1.28").send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("Malformed consumer_uuid: not-a-uuid");
        String consumer = newUuid();
        assertThat(put("/allocations/" + consumer.replace("-", "").toUpperCase(), body(on(rp, "VCPU", 1), null))
                .version("1.28").send().status()).isEqualTo(204);
        assertThat(allocationsOf(consumer, "1.28").get("consumer_generation").asLong()).isEqualTo(1);
    }

    @Test
    void getOfAnUnknownConsumerIsEmptyNever404() {
        Reply r = get("/allocations/" + newUuid()).version("1.38").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(JSON.valueToTree(Map.of("allocations", Map.of())));
    }

    @Test
    void deleteReleasesWithoutABumpThen404() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        put("/allocations/" + consumer, body(on(rp, "VCPU", 3), null)).version("1.28").send();
        long generation = generationOf(rp);
        assertThat(delete("/allocations/" + consumer).send().status()).isEqualTo(204);
        assertThat(generationOf(rp)).isEqualTo(generation);
        assertThat(usagesOf(rp).get("VCPU").asLong()).isZero();
        Reply again = delete("/allocations/" + consumer).send();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.raw()).contains("No allocations for consumer '" + consumer + "'");
        // Forgotten: a new write starts from "no generation".
        assertThat(put("/allocations/" + consumer, body(on(rp, "VCPU", 1), null)).version("1.28").send().status())
                .isEqualTo(204);
    }

    @Test
    void refusalsOfTheWriteChangeNothing() {
        String rp = providerWith("VCPU", 2);
        String consumer = newUuid();
        Reply tooMuch = put("/allocations/" + consumer, body(on(rp, "VCPU", 3), null)).version("1.28").send();
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(code(tooMuch)).isEqualTo("placement.undefined_code");
        Reply unknownRp = put("/allocations/" + consumer, body(on(newUuid(), "VCPU", 1), null)).version("1.28").send();
        assertThat(unknownRp.status()).isEqualTo(400);
        assertThat(unknownRp.raw()).contains("that does not exist");
        Reply unknownClass = put("/allocations/" + consumer, body(on(rp, "CUSTOM_NOT_THERE", 1), null))
                .version("1.28").send();
        assertThat(unknownClass.status()).isEqualTo(400);
        assertThat(unknownClass.raw()).contains("No such resource class CUSTOM_NOT_THERE");
        assertThat(allocationsOf(consumer, "1.28")).isEqualTo(JSON.valueToTree(Map.of("allocations", Map.of())));
        assertThat(generationOf(rp)).isEqualTo(1);
    }
}
