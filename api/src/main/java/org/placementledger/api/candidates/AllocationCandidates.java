package org.placementledger.api.candidates;

import java.util.List;
import java.util.Map;

/** The answer to FindAllocationCandidatesQuery: the candidates and a summary of every provider they involve. */
public record AllocationCandidates(List<CandidateAllocation> requests,
        Map<String, ProviderSummary> summaries) {

    public static final AllocationCandidates NONE = new AllocationCandidates(List.of(), Map.of());
}
