package org.placementledger.query.candidates.index;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.placementledger.api.candidates.CandidateIndexLag;

/**
 * How long index changes wait for their commit: each change is timed from the handling of its event
 * (when the read models are written, in the command's transaction) to its application to the index.
 */
final class AfterCommitLag {

    private final LongSupplier nanos;
    private final Clock clock;
    private Instant lastAppliedAt;
    private long lastDelayNanos;
    private long maxDelayNanos;
    private long applied;

    AfterCommitLag(LongSupplier nanos, Clock clock) {
        this.nanos = nanos;
        this.clock = clock;
    }

    /** A change handled now: the returned runnable applies {@code change} and records its delay. */
    Runnable timed(Runnable change) {
        long handled = nanos.getAsLong();
        return () -> {
            change.run();
            applied(nanos.getAsLong() - handled);
        };
    }

    private synchronized void applied(long delayNanos) {
        lastAppliedAt = clock.instant();
        lastDelayNanos = delayNanos;
        maxDelayNanos = Math.max(maxDelayNanos, delayNanos);
        applied++;
    }

    synchronized CandidateIndexLag snapshot() {
        return new CandidateIndexLag(lastAppliedAt, TimeUnit.NANOSECONDS.toMicros(lastDelayNanos),
                TimeUnit.NANOSECONDS.toMicros(maxDelayNanos), applied);
    }
}
