package org.placementledger.api.candidates;

import java.time.Instant;

/**
 * The candidate index is changed after the command's commit, the read models within it: for the last
 * change and the worst since start, the time from the event's handling (read models written) to its
 * application to the index, and how many changes were applied.
 *
 * @param lastAppliedAt null while no change was applied since start
 */
public record CandidateIndexLag(Instant lastAppliedAt, long lastDelayMicros, long maxDelayMicros,
                                long changesApplied) {
}
