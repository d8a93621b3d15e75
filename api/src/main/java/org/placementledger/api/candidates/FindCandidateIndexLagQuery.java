package org.placementledger.api.candidates;

/** How far the in-memory candidate index trails the read models; answers a CandidateIndexLag. */
public record FindCandidateIndexLagQuery() {
}
