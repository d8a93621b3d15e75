package org.placementledger.query.candidates.index;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.candidates.FindIndexLagQuery;
import org.placementledger.api.candidates.IndexLag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs this node's {@link IndexFollower} every {@code placement.index.follow-interval} (250 ms under
 * the postgres profile; 0, off, on the H2 default, whose file only one process can open), so that the candidates index sees writes made through other nodes on the
 * same database within about that interval. The position lives only in memory: each start follows
 * from shortly before the index was loaded from the read models.
 */
@Component
public class IndexFollowing implements SmartLifecycle {

    /** How far before the index's load the follower starts: longer than any write transaction lasts. */
    static final Duration LOAD_MARGIN = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(IndexFollowing.class);

    private final IndexFollower follower;
    private final Duration interval;
    private ScheduledExecutorService poller;

    // Taking the index makes Spring load it first, so "now" is after the load.
    public IndexFollowing(EventStorageEngine events, CandidateIndex index,
                          @Value("${placement.index.follow-interval:250ms}") Duration interval) {
        Clock clock = Clock.systemUTC();
        this.follower = new IndexFollower(events, index, IndexFollower.startBefore(events, clock.instant(), LOAD_MARGIN),
                clock);
        this.interval = interval;
    }

    @QueryHandler
    public IndexLag lag(FindIndexLagQuery query) {
        // Not following: this node is the only writer, and its own writes reach the index after commit.
        return following() ? follower.lag() : new IndexLag(0, 0);
    }

    private boolean following() {
        return !interval.isZero() && !interval.isNegative();
    }

    @Override
    public synchronized void start() {
        if (!following() || poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "candidate-index-follower");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        try {
            follower.poll();
        } catch (RuntimeException e) {
            // The next poll starts again from the same position; the lag gauge shows the delay meanwhile.
            LOG.warn("candidates index follower: reading the event store failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            try {
                poller.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
