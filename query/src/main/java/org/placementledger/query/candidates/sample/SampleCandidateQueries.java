package org.placementledger.query.candidates.sample;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.SampleAllocationCandidatesQuery;
import org.placementledger.query.candidates.CandidateSearch;
import org.placementledger.query.candidates.index.CandidateIndex;
import org.springframework.stereotype.Component;

/**
 * Answers the warm-up's queries with the real search on {@link SampleIndexes}' flat providers or
 * {@link NestedPerfload}'s trees and query (through a {@link CandidateIndex} and its lock, as real
 * queries go), built on the first query and dropped after the last one, so they hold no memory once
 * the warm-up is over. The real index is not touched.
 */
@Component
public class SampleCandidateQueries {

    private CandidateIndex flat;
    private CandidateIndex nested;

    @QueryHandler
    public synchronized AllocationCandidates find(SampleAllocationCandidatesQuery query) {
        if (flat == null) {
            flat = new CandidateIndex(SampleIndexes.flat(1000));
            nested = new CandidateIndex(NestedPerfload.trees(500));
        }
        AllocationCandidates answer = query.nested()
                ? nested.read(view -> CandidateSearch.run(view, NestedPerfload.query(null)))
                : flat.read(view -> CandidateSearch.run(view, SampleIndexes.perfloadQuery(null)));
        if (query.last()) {
            flat = null;
            nested = null;
        }
        return answer;
    }
}
