package org.placementledger.query.candidates;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.FindAllocationCandidatesQuery;
import org.placementledger.query.candidates.index.CandidateIndex;
import org.springframework.stereotype.Component;

/** Answers GET /allocation_candidates from the in-memory index (no SQL per request). */
@Component
public class AllocationCandidateQueries {

    private final CandidateIndex index;

    public AllocationCandidateQueries(CandidateIndex index) {
        this.index = index;
    }

    @QueryHandler
    public AllocationCandidates find(FindAllocationCandidatesQuery query) {
        return index.read(view -> CandidateSearch.run(view, query));
    }
}
