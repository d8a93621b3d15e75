package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The auditor's story over real HTTP: a scripted sequence (providers, inventory, claim, move,
 * release, inventory change), each step sent with its own X-OpenStack-Request-Id; then each history
 * lists exactly those changes with the request ids, and every at= answer equals what the live API
 * answered between the steps.
 */
class AuditHistoryHttpTest extends HttpApiTest {

    private final String rp1 = newUuid();
    private final String rp2 = newUuid();
    private final String consumer = newUuid();
    private final String project = "project-" + newUuid();
    /** global request id sent by the client -> request id the server gave that step */
    private final Map<String, String> requestIds = new LinkedHashMap<>();
    /** the live answers after each step, and the moment after them */
    private final List<Map<String, Reply>> liveAnswers = new ArrayList<>();
    private final List<Instant> moments = new ArrayList<>();

    /** One step, as the operator alice of project ops (an admin), with a fresh global request id. */
    private String step(Call call) {
        String global = "req-" + newUuid();
        Reply r = call.version("1.39").header("x-auth-token", "alice:ops").header("x-roles", "admin")
                .header("X-OpenStack-Request-Id", global).send();
        assertThat(r.status()).as(r.raw()).isBetween(200, 204);
        requestIds.put(global, r.header("x-openstack-request-id"));
        return global;
    }

    private void recordLiveAnswers() throws InterruptedException {
        Map<String, Reply> answers = new LinkedHashMap<>();
        answers.put("/resource_providers/" + rp1 + "/usages", get("/resource_providers/" + rp1 + "/usages")
                .version("1.39").send());
        answers.put("/resource_providers/" + rp2 + "/usages", get("/resource_providers/" + rp2 + "/usages")
                .version("1.39").send());
        answers.put("/allocations/" + consumer, get("/allocations/" + consumer).version("1.39").send());
        answers.put("/usages?project_id=" + project, get("/usages?project_id=" + project).version("1.39").send());
        liveAnswers.add(answers);
        moments.add(Instant.now());
        // The store keeps milliseconds: the next change must not fall into the millisecond of this moment.
        Thread.sleep(5);
    }

    private static Map<String, Object> inventory(long vcpu, Long memory) {
        Map<String, Object> inv = new LinkedHashMap<>(Map.of("VCPU", Map.of("total", vcpu)));
        if (memory != null) {
            inv.put("MEMORY_MB", Map.of("total", memory));
        }
        return inv;
    }

    private Map<String, Object> allocation(String rp, Map<String, Integer> resources, Integer generation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", Map.of(rp, Map.of("resources", resources)));
        body.put("project_id", project);
        body.put("user_id", "bob");
        body.put("consumer_generation", generation);
        body.put("consumer_type", "INSTANCE");
        return body;
    }

    private List<String> runTheScript() throws InterruptedException {
        recordLiveAnswers();
        List<String> steps = new ArrayList<>();
        steps.add(step(post("/resource_providers", Map.of("name", "audit-" + rp1, "uuid", rp1))));
        steps.add(step(post("/resource_providers", Map.of("name", "audit-" + rp2, "uuid", rp2))));
        recordLiveAnswers();
        steps.add(step(put("/resource_providers/" + rp1 + "/inventories",
                Map.of("resource_provider_generation", 0, "inventories", inventory(8, 2048L)))));
        steps.add(step(put("/resource_providers/" + rp2 + "/inventories",
                Map.of("resource_provider_generation", 0, "inventories", inventory(16, null)))));
        recordLiveAnswers();
        steps.add(step(put("/allocations/" + consumer, allocation(rp1, Map.of("VCPU", 2, "MEMORY_MB", 512), null))));
        recordLiveAnswers();
        steps.add(step(put("/allocations/" + consumer, allocation(rp2, Map.of("VCPU", 4), 1))));
        recordLiveAnswers();
        steps.add(step(delete("/allocations/" + consumer)));
        recordLiveAnswers();
        long generation = liveAnswers.get(liveAnswers.size() - 1).get("/resource_providers/" + rp2 + "/usages").json()
                .get("resource_provider_generation").asLong();
        steps.add(step(put("/resource_providers/" + rp2 + "/inventories",
                Map.of("resource_provider_generation", generation, "inventories", inventory(32, null)))));
        recordLiveAnswers();
        return steps;
    }

    @Test
    void historiesListExactlyTheChangesWithTheirRequestsAndActors() throws InterruptedException {
        List<String> s = runTheScript();

        assertHistory("/audit/resource_providers/" + rp1 + "/history", List.of(
                "ResourceProviderCreatedEvent " + s.get(0), "InventoryChangedEvent " + s.get(2),
                "ResourcesClaimedEvent " + s.get(4), "ResourcesReleasedEvent " + s.get(5)));
        assertHistory("/audit/resource_providers/" + rp2 + "/history", List.of(
                "ResourceProviderCreatedEvent " + s.get(1), "InventoryChangedEvent " + s.get(3),
                "ResourcesClaimedEvent " + s.get(5), "ResourcesReleasedEvent " + s.get(6),
                "InventoryChangedEvent " + s.get(7)));
        assertHistory("/audit/consumers/" + consumer + "/history", List.of(
                "ConsumerAllocationsChangedEvent " + s.get(4), "ConsumerAllocationsChangedEvent " + s.get(5),
                "ConsumerRemovedEvent " + s.get(6)));

        JsonNode move = get("/audit/consumers/" + consumer + "/history").send().json().at("/history/1");
        assertThat(move.at("/change/allocations")).isEqualTo(JSON.valueToTree(Map.of(rp2, Map.of("VCPU", 4))));
        assertThat(move.at("/change/generation").asLong()).isEqualTo(2);
        assertThat(move.at("/user_id").asText()).isEqualTo("alice");
        assertThat(move.at("/project_id").asText()).isEqualTo("ops");
        assertThat(move.at("/roles")).isEqualTo(JSON.valueToTree(List.of("admin")));
        assertThat(move.at("/microversion").asText()).isEqualTo("1.39");
    }

    private void assertHistory(String path, List<String> expected) {
        JsonNode body = get(path).send().json();
        List<String> seen = new ArrayList<>();
        long lastPosition = -1;
        for (JsonNode entry : body.get("history")) {
            seen.add(entry.get("type").asText() + " " + entry.get("global_request_id").asText());
            String global = entry.get("global_request_id").asText();
            assertThat(entry.get("request_id").asText()).as(path).isEqualTo(requestIds.get(global));
            assertThat(entry.get("position").asLong()).isGreaterThan(lastPosition);
            lastPosition = entry.get("position").asLong();
        }
        assertThat(seen).as(path).isEqualTo(expected);
        assertThat(body.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void pointInTimeAnswersAreWhatTheLiveApiAnsweredThen() throws InterruptedException {
        runTheScript();
        for (int i = 0; i < moments.size(); i++) {
            for (Map.Entry<String, Reply> live : liveAnswers.get(i).entrySet()) {
                String path = "/audit" + live.getKey() + (live.getKey().contains("?") ? "&" : "?") + "at="
                        + moments.get(i);
                Reply then = get(path).send();
                assertThat(then.status()).as(path + " step " + i).isEqualTo(live.getValue().status());
                if (then.status() == 200) {
                    assertThat(then.json()).as(path + " step " + i).isEqualTo(live.getValue().json());
                }
            }
        }
        // The answers did change along the way (the comparison above is not between empty answers).
        assertThat(liveAnswers.get(3).get("/allocations/" + consumer).json().at("/allocations/" + rp1 + "/resources/VCPU")
                .asLong()).isEqualTo(2);
        assertThat(liveAnswers.get(4).get("/usages?project_id=" + project).json().at("/usages/INSTANCE/VCPU").asLong())
                .isEqualTo(4);
        assertThat(liveAnswers.get(0).get("/resource_providers/" + rp1 + "/usages").status()).isEqualTo(404);
    }
}
