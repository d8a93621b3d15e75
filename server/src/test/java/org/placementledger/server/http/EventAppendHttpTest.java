package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.server.config.JdbcAppendEventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store's append through plain JDBC ({@link JdbcAppendEventStorageEngine}): the rows read back
 * through Axon's JPA readers as the events written, with the global index of Hibernate's sequence, and
 * a second writer of the same aggregate sequence is refused as Axon's JPA engine refused it.
 */
class EventAppendHttpTest extends LedgerHttpTest {

    @Autowired
    private EventStore events;

    @Autowired
    private EventStorageEngine engine;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theEngineIsTheJdbcAppendOne() {
        assertThat(engine).isInstanceOf(JdbcAppendEventStorageEngine.class);
    }

    @Test
    void aClaimsEventsReadBackWithPayloadMetadataAndIncreasingGlobalIndexes() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        Reply r = put("/allocations/" + consumer, body(on(rp, "VCPU", 2), null)).version("1.28").send();
        assertThat(r.status()).isEqualTo(204);

        List<? extends DomainEventMessage<?>> stream = events.readEvents(consumer).asStream().toList();
        assertThat(stream).hasSize(1);
        DomainEventMessage<?> changed = stream.get(0);
        assertThat(changed.getType()).isEqualTo("Consumer");
        assertThat(changed.getSequenceNumber()).isZero();
        assertThat(changed.getPayload()).isInstanceOfSatisfying(ConsumerAllocationsChangedEvent.class, e -> {
            assertThat(e.consumerUuid()).isEqualTo(consumer);
            assertThat(e.projectId()).isEqualTo("proj");
        });
        assertThat(changed.getMetaData()).containsEntry("microversion", "1.28");

        DomainEventMessage<?> claimed = events.readEvents(rp).asStream().reduce((a, b) -> b).orElseThrow();
        assertThat(claimed.getPayload()).isInstanceOfSatisfying(ResourcesClaimedEvent.class,
                e -> assertThat(e.resources()).isEqualTo(Map.of("VCPU", 2L)));
        // Each aggregate stamps its event as it applies it: the provider's first, within the command.
        assertThat(claimed.getTimestamp()).isBeforeOrEqualTo(changed.getTimestamp())
                .isAfter(changed.getTimestamp().minusSeconds(5));

        // The provider's claim is appended before the consumer's change, each with the next global index,
        // and a tracking reader (the candidates index's follower, the replay) finds both in that order.
        List<Long> indexes = jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier IN (?, ?) ORDER BY global_index", Long.class, rp, consumer);
        long claimIndex = indexes.get(indexes.size() - 2);
        long changeIndex = indexes.get(indexes.size() - 1);
        assertThat(changeIndex).isGreaterThan(claimIndex);
        List<Object> tracked = engine.readEvents(GapAwareTrackingToken.newInstance(claimIndex - 1, Set.of()), false)
                .limit(changeIndex - claimIndex + 1)
                .map(e -> (Object) e.getPayload())
                .filter(p -> p instanceof ResourcesClaimedEvent c && c.consumerUuid().equals(consumer)
                        || p instanceof ConsumerAllocationsChangedEvent c2 && c2.consumerUuid().equals(consumer))
                .toList();
        assertThat(tracked).hasSize(2);
        assertThat(tracked.get(0)).isInstanceOf(ResourcesClaimedEvent.class);
        assertThat(tracked.get(1)).isInstanceOf(ConsumerAllocationsChangedEvent.class);
    }

    @Test
    void aSecondWriterOfTheSameSequenceIsRefusedAsAConflict() {
        String rp = providerWith("VCPU", 8);
        String consumer = newUuid();
        assertThat(put("/allocations/" + consumer, body(on(rp, "VCPU", 1), null)).version("1.28").send().status())
                .isEqualTo(204);
        assertThat(put("/allocations/" + consumer, body(on(rp, "VCPU", 2), 1)).version("1.28").send().status())
                .isEqualTo(204);
        List<? extends DomainEventMessage<?>> stored = events.readEvents(consumer).asStream().toList();
        assertThat(stored).hasSize(2);

        // Copies under new event identifiers: only the (aggregate, sequence) key refuses them.
        assertThatThrownBy(() -> appendCopyOf(stored.get(0))).isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> appendCopyOf(stored.get(1))).isInstanceOf(ConcurrencyException.class);
        assertThat(events.readEvents(consumer).asStream().map(DomainEventMessage::getIdentifier).toList())
                .containsExactly(stored.get(0).getIdentifier(), stored.get(1).getIdentifier());
        assertThat(allocationsOf(consumer, "1.28").get("consumer_generation").asLong()).isEqualTo(2);
    }

    private void appendCopyOf(DomainEventMessage<?> stored) throws Exception {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            events.publish(new GenericDomainEventMessage<>(stored.getType(), stored.getAggregateIdentifier(),
                    stored.getSequenceNumber(), stored.getPayload(), stored.getMetaData()));
            return null;
        });
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }
}
