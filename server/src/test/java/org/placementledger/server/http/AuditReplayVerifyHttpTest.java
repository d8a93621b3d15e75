package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operator's story over real HTTP: a scripted sequence verifies clean; damage planted behind the
 * API's back (a read-model row deleted, a claim beyond capacity appended to the event store) is
 * reported by GET /audit/verify; POST /audit/replay rebuilds the read models, repairing the damaged
 * table, and a second replay then finds every digest equal to the one before; verify finds the read
 * model whole again while the over-capacity moment stays in the history.
 */
class AuditReplayVerifyHttpTest extends HttpApiTest {

    private static final String[] AUDITOR = {"x-auth-token", "eve:audit"};

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore events;
    @Autowired
    private PlatformTransactionManager transactions;

    private String rp1;
    private String rp2;
    private final String consumerA = newUuid();
    private final String consumerB = newUuid();
    private final String intruder = newUuid();

    private Call asAuditor(Call call) {
        return call.header(AUDITOR[0], AUDITOR[1]).header("x-roles", "auditor");
    }

    private void ok(Call call) {
        Reply r = call.version("1.39").send();
        assertThat(r.status()).as(r.raw()).isBetween(200, 204);
    }

    private Map<String, Object> allocation(String rp, int vcpu, Integer generation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", Map.of(rp, Map.of("resources", Map.of("VCPU", vcpu))));
        body.put("project_id", "p");
        body.put("user_id", "u");
        body.put("consumer_generation", generation);
        body.put("consumer_type", "INSTANCE");
        return body;
    }

    private void script() {
        rp1 = createProvider();
        rp2 = createProvider();
        for (String rp : List.of(rp1, rp2)) {
            ok(put("/resource_providers/" + rp + "/inventories", Map.of("resource_provider_generation", 0,
                    "inventories", Map.of("VCPU", Map.of("total", 8)))));
        }
        ok(put("/allocations/" + consumerA, allocation(rp1, 2, null)));
        ok(put("/allocations/" + consumerA, allocation(rp2, 3, 1)));
        ok(put("/allocations/" + consumerB, allocation(rp1, 4, null)));
        ok(delete("/allocations/" + consumerB));
    }

    /** The findings that concern this test's providers and consumers (the store is shared with other tests). */
    private List<JsonNode> mine(JsonNode report) {
        List<String> ours = List.of(rp1, rp2, consumerA, consumerB, intruder);
        // (called after script(): the providers exist)
        List<JsonNode> found = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (ours.contains(f.path("provider_uuid").asText()) || ours.contains(f.path("consumer_uuid").asText())) {
                found.add(f);
            }
        });
        return found;
    }

    private JsonNode verify() {
        Reply r = asAuditor(get("/audit/verify?limit=1000")).send();
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().get("truncated").asBoolean()).as("more findings than fit one answer").isFalse();
        return r.json();
    }

    private long lastSequence(String aggregate) {
        return events.readEvents(aggregate).asStream().mapToLong(e -> e.getSequenceNumber()).max().orElseThrow();
    }

    private JsonNode replay() throws InterruptedException {
        Reply refused = asAuditor(post("/audit/replay", "")).send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/errors/0/detail").asText()).contains("audit:replay");
        Reply started = new Call("/audit/replay").method("POST").send();
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        assertThat(started.json().get("state").asText()).isIn("running", "done");
        JsonNode status = started.json();
        for (int i = 0; i < 600 && status.get("state").asText().equals("running"); i++) {
            Thread.sleep(100);
            Reply r = asAuditor(get("/audit/replay")).send();
            assertThat(r.status()).isEqualTo(200);
            status = r.json();
        }
        return status;
    }

    private static Map<String, Boolean> equality(JsonNode status) {
        Map<String, Boolean> equal = new LinkedHashMap<>();
        status.get("read_models").forEach(m -> {
            assertThat(m.get("digest_after").asText()).matches("[0-9a-f]{64}");
            equal.put(m.get("table").asText(), m.get("equal").asBoolean());
        });
        return equal;
    }

    @Test
    void verifyFindsPlantedDamageAndReplayRepairsTheReadModel() throws InterruptedException {
        script();
        JsonNode clean = verify();
        assertThat(mine(clean)).isEmpty();
        assertThat(clean.get("events_scanned").asLong()).isPositive();

        // Damage 1: a read-model row lost.
        assertThat(jdbc.update("DELETE FROM allocation WHERE consumer_uuid = ?", consumerA)).isEqualTo(1);
        // Damage 2: a claim of 100 VCPU on an 8-VCPU provider, appended to the store as if decided.
        long generation = jdbc.queryForObject("SELECT generation FROM rp WHERE uuid = ?", Long.class, rp1);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publish(
                new GenericDomainEventMessage<>("ResourceProvider", rp1, lastSequence(rp1) + 1,
                        new ResourcesClaimedEvent(rp1, intruder, Map.of("VCPU", 100L), generation + 1))));

        List<String> found = mine(verify()).stream()
                .map(f -> f.get("kind").asText() + " " + f.path("provider_uuid").asText(null) + " "
                        + f.path("consumer_uuid").asText(null))
                .toList();
        assertThat(found).containsExactlyInAnyOrder(
                "over_capacity " + rp1 + " null",
                "allocation_mismatch null " + intruder,
                "read_model_mismatch null " + consumerA,
                // its consumer row is left without allocation rows, too
                "empty_consumer null " + consumerA);
        JsonNode over = mine(verify()).stream().filter(f -> f.get("kind").asText().equals("over_capacity"))
                .findFirst().orElseThrow();
        assertThat(over.get("position").asLong()).isPositive();
        assertThat(over.get("time").asText()).isNotEmpty();
        assertThat(over.get("detail").asText()).contains("VCPU: used 100 exceeds capacity 8.0");

        // The first replay repairs the read model: the allocation table differs from before (other tests
        // sharing this store may have planted rows elsewhere, which it removes too).
        JsonNode done = replay();
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("events_processed").asLong()).isEqualTo(done.get("events_total").asLong()).isPositive();
        assertThat(equality(done)).containsKeys("rp", "rp_inventory", "rp_trait", "rp_aggregate",
                "custom_resource_class", "custom_trait", "allocation", "consumer", "provider_history",
                "inventory_history", "consumer_history").doesNotContainKey("allocation_history")
                .containsEntry("allocation", false);
        // A second one, on read models the first built from the events, changes nothing at all.
        JsonNode again = replay();
        assertThat(again.get("state").asText()).as(again.toString()).isEqualTo("done");
        assertThat(equality(again).values()).as(again.toString()).containsOnly(true);

        assertThat(jdbc.queryForObject("SELECT used FROM allocation WHERE consumer_uuid = ?", Long.class, consumerA))
                .isEqualTo(3);
        assertThat(get("/allocations/" + consumerA).send().json().at("/allocations/" + rp2 + "/resources/VCPU")
                .asLong()).isEqualTo(3);
        assertThat(mine(verify()).stream().map(f -> f.get("kind").asText()).toList())
                .containsExactlyInAnyOrder("over_capacity", "allocation_mismatch");
    }

    @Autowired
    private org.axonframework.config.Configuration axon;

    @Test
    void renamesAreStoredInRevisionTwoAndOldOnesReadThroughTheConfiguredUpcaster() {
        String rp = createProvider();
        ok(put("/resource_providers/" + rp, Map.of("name", "renamed-" + rp)));
        JsonNode renamed = null;
        for (JsonNode e : asAuditor(get("/audit/resource_providers/" + rp + "/history")).send().json().get("history")) {
            if (e.get("type").asText().equals("ResourceProviderRenamedEvent")) {
                renamed = e;
            }
        }
        assertThat(renamed).isNotNull();
        assertThat(renamed.at("/change/newName").asText()).isEqualTo("renamed-" + rp);

        var old = new org.axonframework.eventhandling.TrackedDomainEventData<>(
                new org.axonframework.eventhandling.GlobalSequenceTrackingToken(1),
                new org.axonframework.eventhandling.GenericDomainEventEntry<>("ResourceProvider", rp, 1, newUuid(),
                        "2026-01-01T00:00:00.000Z", ResourceProviderRenamedEvent.class.getName(), "1",
                        ("{\"uuid\":\"" + rp + "\",\"name\":\"old\"}").getBytes(), "{}".getBytes()));
        Object read = org.axonframework.eventhandling.EventUtils.upcastAndDeserializeTrackedEvents(
                java.util.stream.Stream.of(old), axon.eventSerializer(), axon.upcasterChain()).findFirst()
                .orElseThrow().getPayload();
        assertThat(read).isEqualTo(new ResourceProviderRenamedEvent(rp, "old"));
    }

    @Test
    void verifyAndReplayStatusAreForAuditorsAndVerifyChecksItsLimit() {
        assertThat(asAuditor(get("/audit/replay")).send().status()).isEqualTo(200);
        Reply member = get("/audit/verify").header("x-auth-token", "bob:p").header("x-roles", "member").send();
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.json().at("/errors/0/detail").asText()).contains("audit:verify");
        Reply bad = asAuditor(get("/audit/verify?limit=0")).send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/detail").asText()).contains("Invalid limit");
        assertThat(asAuditor(get("/audit/verify?after=1")).send().status()).isEqualTo(400);
    }
}
