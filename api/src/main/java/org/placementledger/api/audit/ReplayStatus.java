package org.placementledger.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * Where a replay of the read models stands: {@code state} is idle, running, done or failed;
 * {@code processed} of {@code total} events so far, at {@code eventsPerSecond}; {@code digests} (once
 * done) one per read-model table, before and after.
 */
public record ReplayStatus(String state,
        long processed,
        long total,
        double eventsPerSecond,
        Instant startedAt,
        Instant finishedAt,
        String error,
        List<ReadModelDigest> digests) {

    public static final ReplayStatus IDLE = new ReplayStatus("idle", 0, 0, 0, null, null, null, List.of());
}
