package org.placementledger.query.candidates.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.SampleAllocationCandidatesQuery;

class SampleCandidateQueriesTest {

    private final SampleCandidateQueries queries = new SampleCandidateQueries();

    @Test
    void theWarmUpSearchFindsEveryFlatProvider() {
        AllocationCandidates answer = queries.find(new SampleAllocationCandidatesQuery(false, false));

        assertThat(answer.requests()).hasSize(1000);
        assertThat(answer.summaries()).hasSize(1000);
    }

    @Test
    void theWarmUpSearchFindsTheNestedTreesCandidates() {
        AllocationCandidates answer = queries.find(new SampleAllocationCandidatesQuery(true, false));

        // per tree: one of two NUMA nodes for VCPU, one of two for MEMORY_MB
        assertThat(answer.requests()).hasSize(2000);
        assertThat(answer.summaries()).hasSize(500 * 7);
    }

    @Test
    void theSampleIndexesAreBuiltAgainAfterTheLastQuery() {
        queries.find(new SampleAllocationCandidatesQuery(false, true));

        assertThat(queries.find(new SampleAllocationCandidatesQuery(false, false)).requests()).hasSize(1000);
    }
}
