package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reliability: a read-model failure in the middle of a multi-provider write (injected by
 * {@link PoisonedProjection}) stores no event and leaves no row behind, and the client gets a
 * Placement-format error without any detail of the failure.
 */
class FailureInjectionHttpTest extends LedgerHttpTest {

    @Autowired
    private EventStore events;

    private String healthy;
    private String poisoned;

    /** Providers named so that the healthy one is written (and projected) before the poisoned one. */
    @BeforeEach
    void twoProviders() {
        String tail = UUID.randomUUID().toString().substring(8);
        healthy = "00000000" + tail;
        poisoned = "ffffffff" + tail;
        for (String uuid : new String[] {healthy, poisoned}) {
            assertThat(post("/resource_providers", Map.of("name", "rp-" + uuid, "uuid", uuid)).send().status())
                    .isEqualTo(201);
            assertThat(put("/resource_providers/" + uuid + "/inventories", Map.of("resource_provider_generation", 0,
                    "inventories", Map.of("VCPU", Map.of("total", 8)))).send().status()).isEqualTo(200);
        }
    }

    @AfterEach
    void cure() {
        PoisonedProjection.POISONED.clear();
    }

    private long eventCount(String aggregate) {
        return events.readEvents(aggregate).asStream().count();
    }

    /** Everything a client or the store can tell about the two providers and a consumer. */
    private Map<String, Object> snapshot(String consumer) {
        Map<String, Object> seen = new LinkedHashMap<>();
        for (String rp : new String[] {healthy, poisoned}) {
            seen.put(rp + " events", eventCount(rp));
            seen.put(rp + " provider", get("/resource_providers/" + rp).send().json().get("generation"));
            seen.put(rp + " usages", usagesOf(rp));
            seen.put(rp + " allocations", get("/resource_providers/" + rp + "/allocations").version("1.28").send().json());
        }
        seen.put("consumer events", eventCount(consumer));
        seen.put("consumer", allocationsOf(consumer, "1.38"));
        return seen;
    }

    private void assertPlacement500(Reply r) {
        assertThat(r.status()).isEqualTo(500);
        JsonNode error = r.json().at("/errors/0");
        assertThat(error.get("code").asText()).isEqualTo("placement.undefined_code");
        assertThat(error.get("request_id").asText()).isEqualTo(r.header("x-openstack-request-id"));
        assertThat(r.raw()).doesNotContain("injected").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFailingProjectionOfTheSecondProviderLeavesNoTraceOfTheFirst() {
        String existing = newUuid();
        put("/allocations/" + existing, body(on(healthy, "VCPU", 1), null)).version("1.28").send();
        String fresh = newUuid();
        Map<String, Object> beforeFresh = snapshot(fresh);
        Map<String, Object> beforeExisting = snapshot(existing);
        PoisonedProjection.POISONED.add(poisoned);

        Map<String, Object> both = new LinkedHashMap<>(on(healthy, "VCPU", 2));
        both.putAll(on(poisoned, "VCPU", 1));
        assertPlacement500(put("/allocations/" + fresh, body(both, null)).version("1.28").send());
        assertThat(snapshot(fresh)).isEqualTo(beforeFresh);
        assertPlacement500(put("/allocations/" + existing, body(both, 1)).version("1.28").send());
        assertThat(snapshot(existing)).isEqualTo(beforeExisting);
        assertPlacement500(post("/allocations", Map.of(fresh, body(on(healthy, "VCPU", 1), null),
                existing, body(on(poisoned, "VCPU", 1), 1))).version("1.28").send());
        assertThat(snapshot(fresh)).isEqualTo(beforeFresh);
        assertThat(snapshot(existing)).isEqualTo(beforeExisting);

        PoisonedProjection.POISONED.clear();
        long generation = get("/resource_providers/" + healthy).send().json().get("generation").asLong();
        assertThat(put("/allocations/" + fresh, body(both, null)).version("1.28").send().status()).isEqualTo(204);
        assertThat(usagesOf(healthy).get("VCPU").asLong()).isEqualTo(3);
        // the provider kept in memory (ProviderCache) was dropped on each rollback, not left half-changed
        assertThat(get("/resource_providers/" + healthy).send().json().get("generation").asLong())
                .isEqualTo(generation + 1);
        assertThat(eventCount(healthy)).isEqualTo((long) beforeFresh.get(healthy + " events") + 1);
    }

    @Test
    void aFailingProjectionOfTheLastEventUndoesEveryProvider() {
        String consumer = newUuid();
        Map<String, Object> before = snapshot(consumer);
        PoisonedProjection.POISONED.add(consumer);
        Map<String, Object> both = new LinkedHashMap<>(on(healthy, "VCPU", 2));
        both.putAll(on(poisoned, "VCPU", 2));
        assertPlacement500(put("/allocations/" + consumer, body(both, null)).version("1.28").send());
        assertThat(snapshot(consumer)).isEqualTo(before);
    }
}
