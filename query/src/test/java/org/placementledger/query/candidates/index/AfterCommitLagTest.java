package org.placementledger.query.candidates.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.CandidateIndexLag;

/** The index's delay behind the read models, measured on a hand-driven clock. */
class AfterCommitLagTest {

    @Test
    void eachChangeIsTimedFromItsHandlingToItsApplication() {
        AtomicLong nanos = new AtomicLong();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        AfterCommitLag lag = new AfterCommitLag(nanos::get, Clock.fixed(at, ZoneOffset.UTC));
        assertThat(lag.snapshot()).isEqualTo(new CandidateIndexLag(null, 0, 0, 0));

        List<String> applied = new ArrayList<>();
        Runnable first = lag.timed(() -> applied.add("first"));
        nanos.addAndGet(3_000_000);
        first.run();
        Runnable second = lag.timed(() -> applied.add("second"));
        nanos.addAndGet(1_000_000);
        second.run();

        assertThat(applied).containsExactly("first", "second");
        assertThat(lag.snapshot()).isEqualTo(new CandidateIndexLag(at, 1_000, 3_000, 2));
    }

    @Test
    void aChangeNeverAppliedIsNeverCounted() {
        AfterCommitLag lag = new AfterCommitLag(System::nanoTime, Clock.systemUTC());
        lag.timed(() -> { });
        assertThat(lag.snapshot().changesApplied()).isZero();
    }
}
