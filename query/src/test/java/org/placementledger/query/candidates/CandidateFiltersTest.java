package org.placementledger.query.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateAllocation;
import org.placementledger.api.error.PlacementException;

class CandidateFiltersTest {

    private static AllocationCandidates run(TestIndex index, Requests request) {
        return CandidateSearch.run(index.state, request.query());
    }

    /** cn1 (in agg A) with a child nic; cn2 (not in A) with a child nic in A. */
    private static TestIndex trees() {
        return new TestIndex()
                .root("cn1").inventory("cn1", "VCPU", 4).aggregates("cn1", "A").traits("cn1", "CUSTOM_GOLD")
                .child("nic1", "cn1").inventory("nic1", "SRIOV_NET_VF", 4)
                .root("cn2").inventory("cn2", "VCPU", 4)
                .child("nic2", "cn2").inventory("nic2", "SRIOV_NET_VF", 4).aggregates("nic2", "A");
    }

    @Test
    void unsuffixedMemberOfCountsTheRootsMembership() {
        var answer = run(trees(), Requests.of().group("", "SRIOV_NET_VF:1").memberOf("A"));

        // nic1 through its root cn1, nic2 directly
        assertThat(answer.requests()).extracting(CandidateAllocation::mappings).containsExactlyInAnyOrder(
                Map.of("", List.of("nic1")), Map.of("", List.of("nic2")));
    }

    @Test
    void suffixedMemberOfNeedsDirectMembership() {
        var answer = run(trees(), Requests.of().group("1", "SRIOV_NET_VF:1").memberOf("A"));

        assertThat(answer.requests()).extracting(CandidateAllocation::mappings)
                .containsExactly(Map.of("1", List.of("nic2")));
    }

    @Test
    void aForbiddenAggregateOnTheRootExcludesTheTreeInTheUnsuffixedGroup() {
        var answer = run(trees(), Requests.of().group("", "SRIOV_NET_VF:1").notMemberOf("A"));

        assertThat(answer.requests()).isEmpty();
    }

    @Test
    void rootRequiredKeepsCandidatesWhoseRootHasTheTraits() {
        var gold = run(trees(), Requests.of().group("", "SRIOV_NET_VF:1").rootRequired("CUSTOM_GOLD"));
        assertThat(gold.requests()).extracting(CandidateAllocation::mappings)
                .containsExactly(Map.of("", List.of("nic1")));
        assertThat(gold.summaries()).containsOnlyKeys("cn1", "nic1");

        var notGold = run(trees(), Requests.of().group("1", "SRIOV_NET_VF:1").rootForbidden("CUSTOM_GOLD"));
        assertThat(notGold.requests()).extracting(CandidateAllocation::mappings)
                .containsExactly(Map.of("1", List.of("nic2")));
    }

    @Test
    void anUnknownInTreeProviderGivesNoCandidates() {
        assertThat(run(trees(), Requests.of().group("", "VCPU:1").inTree("nope")).requests()).isEmpty();
    }

    @Test
    void unknownNamesAreRefusedInPlacementsWords() {
        assertThatThrownBy(() -> run(trees(), Requests.of().group("", "MCPU:1")))
                .isInstanceOf(PlacementException.class)
                .hasMessage("Invalid resource class in resources parameter: No such resource class MCPU.");
        assertThatThrownBy(() -> run(trees(), Requests.of().group("", "VCPU:1").required("CUSTOM_NOPE")))
                .hasMessage("No such trait(s): CUSTOM_NOPE.");
        assertThatThrownBy(() -> run(trees(), Requests.of().group("", "VCPU:1").rootRequired("CUSTOM_NOPE")))
                .hasMessage("No such trait(s): CUSTOM_NOPE.");
    }

    @Test
    void aGroupWithNoCandidatesEndsTheSearchBeforeLaterGroupsAreChecked() {
        // as Placement: the empty first group answers before the unknown class of the second is looked up
        var answer = run(trees(), Requests.of().group("1", "VCPU:1").memberOf("unknown-aggregate")
                .group("2", "MCPU:1").policy("none"));

        assertThat(answer.requests()).isEmpty();
    }

    @Test
    void summaryTraitsFollowPlacementsInternalOrder() {
        TestIndex index = new TestIndex().root("cn").inventory("cn", "VCPU", 1)
                .traits("cn", "CUSTOM_A", "HW_NUMA_ROOT");

        var answer = run(index, Requests.of().group("", "VCPU:1"));

        assertThat(answer.summaries().get("cn").traits()).containsExactly("HW_NUMA_ROOT", "CUSTOM_A");
    }
}
