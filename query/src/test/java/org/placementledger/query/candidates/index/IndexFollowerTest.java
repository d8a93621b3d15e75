package org.placementledger.query.candidates.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.threeten.extra.MutableClock;

/** The follower over an in-memory event store standing for the shared one: no Spring, no database. */
class IndexFollowerTest {

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final AtomicLong sequence = new AtomicLong();
    private final IndexState state = new IndexState();
    private final CandidateIndex index = new CandidateIndex(state);
    private final MutableClock clock = MutableClock.of(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void anotherNodesWritesReachTheIndexAtTheNextPoll() {
        IndexFollower follower = new IndexFollower(store, index, null, clock);
        append("cn", new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0));
        append("cn", new InventoryChangedEvent("cn", 1, Map.of("VCPU", InventoryRecord.withDefaults(8))));
        append("cn", new ResourcesClaimedEvent("cn", "vm1", Map.of("VCPU", 3L), 2));
        assertThat(state.provider("cn")).as("nothing before the poll").isNull();

        assertThat(follower.poll()).isEqualTo(3);

        assertThat(state.provider("cn").used("VCPU")).isEqualTo(3);
        assertThat(state.withInventory("VCPU")).extracting(ProviderNode::uuid).containsExactly("cn");
        assertThat(follower.poll()).as("nothing new").isZero();
    }

    @Test
    void ownEventsReadBackEndAsTheStoreOrdersThemEvenAfterOutOfOrderLocalChanges() {
        IndexFollower follower = new IndexFollower(store, index, null, clock);
        ResourcesClaimedEvent first = new ResourcesClaimedEvent("cn", "vm1", Map.of("VCPU", 2L), 1);
        ResourcesClaimedEvent second = new ResourcesClaimedEvent("cn", "vm1", Map.of("VCPU", 5L), 2);
        append("cn", new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0));
        append("cn", first);
        append("cn", second);
        // This node's after-commit changes, the two commits' hooks having run in the wrong order.
        index.change(IndexChanges.of(new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0)));
        index.change(IndexChanges.of(second));
        index.change(IndexChanges.of(first));
        assertThat(state.provider("cn").used("VCPU")).isEqualTo(2);

        follower.poll();

        assertThat(state.provider("cn").used("VCPU")).isEqualTo(5);
    }

    @Test
    void followingFromBeforeTheLoadAppliesAgainWhatTheLoadSawWithoutHarm() {
        append("cn", new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0));
        append("cn", new ResourcesClaimedEvent("cn", "vm1", Map.of("VCPU", 2L), 1));
        append("CUSTOM_A", new TraitCreatedEvent("CUSTOM_A"));
        // The loaded index already holds all three.
        state.providerCreated("cn", null, "cn");
        state.holdingChanged("cn", "vm1", Map.of("VCPU", 2L));
        state.names().traitCreated("CUSTOM_A");
        long rank = state.names().traitRank("CUSTOM_A");

        IndexFollower follower = new IndexFollower(store, index,
                IndexFollower.startBefore(store, clock.instant(), Duration.ofSeconds(60)), clock);
        assertThat(follower.poll()).isEqualTo(3);

        assertThat(state.provider("cn").used("VCPU")).isEqualTo(2);
        assertThat(state.roots()).extracting(ProviderNode::uuid).containsExactly("cn");
        assertThat(state.names().traitRank("CUSTOM_A")).isEqualTo(rank);
    }

    @Test
    void theLagCountsEventsNotAppliedAndTheTimeSinceTheIndexWasLastCaughtUp() {
        IndexFollower follower = new IndexFollower(store, index, null, clock);
        follower.poll();
        assertThat(follower.lag().eventsBehind()).isZero();
        assertThat(follower.lag().secondsBehind()).isZero();

        append("cn", new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0));
        append("cn", new InventoryChangedEvent("cn", 1, Map.of("VCPU", InventoryRecord.withDefaults(8))));
        clock.add(Duration.ofMillis(1500));
        assertThat(follower.lag().eventsBehind()).isEqualTo(2);
        assertThat(follower.lag().secondsBehind()).isEqualTo(1.5);

        follower.poll();
        assertThat(follower.lag().eventsBehind()).isZero();
        assertThat(follower.lag().secondsBehind()).isZero();
    }

    private void append(String aggregate, Object payload) {
        store.appendEvents(new GenericDomainEventMessage<>("Test", aggregate, sequence.getAndIncrement(), payload,
                MetaData.emptyInstance(), UUID.randomUUID().toString(),
                clock.instant()));
    }
}
