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

        // per tree: the compute node, numa1 (CUSTOM_FOO) and either of the FPGAs below it (same_subtree)
        assertThat(answer.requests()).hasSize(1000);
        assertThat(answer.summaries()).hasSize(500 * 7);
    }

    @Test
    void theSampleIndexesAreBuiltAgainAfterTheLastQuery() {
        queries.find(new SampleAllocationCandidatesQuery(false, true));

        assertThat(queries.find(new SampleAllocationCandidatesQuery(false, false)).requests()).hasSize(1000);
    }
}
