package org.placementledger.api.candidates;

/**
 * The perfload candidates query run on a synthetic in-memory index (never the ledger's data), for the
 * start-up warm-up: it drives the real search so the JIT compiles it before the first real request.
 * Answers AllocationCandidates.
 *
 * @param nested upstream's nested perfload query (three groups, same_subtree) on 500 trees of its shape,
 *               instead of the flat one on 1,000 flat providers
 * @param last   the warm-up's last query: the synthetic indexes may be dropped afterwards
 */
public record SampleAllocationCandidatesQuery(boolean nested, boolean last) {
}
