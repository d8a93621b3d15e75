package org.placementledger.query.candidates.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.placementledger.api.candidates.IndexLag;

/**
 * Brings the {@link CandidateIndex} up to the shared event store, so that it also sees the writes of
 * other nodes on the same database. Each {@link #poll()} reads every event committed since the last
 * one, in the store's global order, and applies its {@link IndexChanges} change. With the JPA store the
 * position is a gap-aware token: an event whose global index was taken by a transaction that commits
 * after later ones is still read once it commits.
 *
 * <p>This node's own events come back too and are applied again, in order: changes set state, so the
 * index ends as the store's order says even when two commits' after-commit changes ran out of order.
 * Not thread-safe: one poller calls {@link #poll()}.
 */
public final class IndexFollower {

    /** Events applied under one hold of the index's write lock, so searches never wait long. */
    static final int CHUNK = 500;

    private final EventStorageEngine events;
    private final CandidateIndex index;
    private final Clock clock;
    private volatile TrackingToken position;
    private volatile Instant caughtUpAt;

    /** Follows from {@code start} (null: from the first event); the index already holds all before it. */
    public IndexFollower(EventStorageEngine events, CandidateIndex index, TrackingToken start, Clock clock) {
        this.events = events;
        this.index = index;
        this.position = start;
        this.clock = clock;
        this.caughtUpAt = clock.instant();
    }

    /**
     * The position to follow from when the index was loaded from the read models at {@code loadedAt}:
     * {@code margin} earlier, so that a transaction still open during the load (its events stamped
     * before it committed) is read too. Events the load already saw are applied again, harmlessly.
     */
    public static TrackingToken startBefore(EventStorageEngine events, Instant loadedAt, Duration margin) {
        TrackingToken at = events.createTokenAt(loadedAt.minus(margin));
        return at != null && at.position().isPresent() ? at : events.createHeadToken();
    }

    /** Applies every event committed since the last poll; returns how many were read. */
    public int poll() {
        Instant started = clock.instant();
        int read = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(position, false)) {
            Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
            List<TrackedEventMessage<?>> chunk = new ArrayList<>(CHUNK);
            while (it.hasNext()) {
                chunk.add(it.next());
                if (chunk.size() == CHUNK || !it.hasNext()) {
                    apply(chunk);
                    read += chunk.size();
                    chunk.clear();
                }
            }
        }
        // Everything committed before this poll started has now been applied.
        caughtUpAt = started;
        return read;
    }

    private void apply(List<TrackedEventMessage<?>> chunk) {
        List<Consumer<IndexState>> changes = new ArrayList<>(chunk.size());
        chunk.forEach(e -> {
            Consumer<IndexState> change = IndexChanges.of(e.getPayload());
            if (change != null) {
                changes.add(change);
            }
        });
        if (!changes.isEmpty()) {
            index.change(state -> changes.forEach(c -> c.accept(state)));
        }
        position = chunk.get(chunk.size() - 1).trackingToken();
    }

    /** How far the index is behind the store now: events not yet applied, and for how long at most. */
    public IndexLag lag() {
        long head = positionOf(events.createHeadToken());
        long behind = Math.max(0, head - positionOf(position));
        double seconds = behind == 0 ? 0 : Duration.between(caughtUpAt, clock.instant()).toMillis() / 1000.0;
        return new IndexLag(behind, seconds);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
