package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/** Every event of an allocation write keeps who asked, in which request and at which microversion. */
class AllocationMetadataHttpTest extends LedgerHttpTest {

    @Autowired
    private EventStore events;

    private List<? extends DomainEventMessage<?>> eventsOf(String aggregate) {
        return events.readEvents(aggregate).asStream().toList();
    }

    @Test
    void eventsCarryTheCallerAndBothRequestIds() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        String global = "req-" + UUID.randomUUID();
        Reply r = put("/allocations/" + consumer, body(on(rp, "VCPU", 1), null)).version("1.28")
                .header("x-auth-token", "alice:tenant-a").header("x-roles", "member,admin")
                .header("x-openstack-request-id", global).send();
        assertThat(r.status()).as(r.raw()).isEqualTo(204);
        String requestId = r.header("x-openstack-request-id");
        assertThat(requestId).startsWith("req-").isNotEqualTo(global);

        DomainEventMessage<?> changed = eventsOf(consumer).get(0);
        assertThat(changed.getPayload()).isInstanceOf(ConsumerAllocationsChangedEvent.class);
        DomainEventMessage<?> claimed = eventsOf(rp).stream().filter(e -> e.getPayload() instanceof ResourcesClaimedEvent)
                .findFirst().orElseThrow();
        for (MetaData meta : List.of(changed.getMetaData(), claimed.getMetaData())) {
            assertThat(meta.get("requestId")).isEqualTo(requestId);
            assertThat(meta.get("globalRequestId")).isEqualTo(global);
            assertThat(meta.get("userId")).isEqualTo("alice");
            assertThat(meta.get("projectId")).isEqualTo("tenant-a");
            assertThat(meta.get("roles")).isEqualTo("admin,member");
            assertThat(meta.get("microversion")).isEqualTo("1.28");
        }
    }

    @Test
    void anInvalidGlobalRequestIdIsNotRecorded() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        put("/allocations/" + consumer, body(on(rp, "VCPU", 1), null)).version("1.28").send();
        Reply r = delete("/allocations/" + consumer).version("1.30").header("x-openstack-request-id", "not-a-req-id")
                .send();
        assertThat(r.status()).isEqualTo(204);
        DomainEventMessage<?> released = eventsOf(rp).stream()
                .filter(e -> e.getPayload() instanceof ResourcesReleasedEvent).findFirst().orElseThrow();
        assertThat(released.getMetaData().get("requestId")).isEqualTo(r.header("x-openstack-request-id"));
        assertThat(released.getMetaData()).doesNotContainKey("globalRequestId");
        assertThat(released.getMetaData().get("userId")).isEqualTo("admin");
        assertThat(released.getMetaData().get("microversion")).isEqualTo("1.30");
    }
}
