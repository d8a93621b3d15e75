package org.placementledger.api.candidates;

/**
 * The perfload candidates query run on a synthetic in-memory index (never the ledger's data), for the
 * start-up warm-up: it drives the real search so the JIT compiles it before the first real request.
 * Answers AllocationCandidates.
 *
 * @param nested 500 nested trees instead of 1,000 flat providers
 * @param last   the warm-up's last query: the synthetic indexes may be dropped afterwards
 */
public record SampleAllocationCandidatesQuery(boolean nested, boolean last) {
}
