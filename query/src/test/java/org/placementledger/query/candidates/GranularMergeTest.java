package org.placementledger.query.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateAllocation;
import org.placementledger.api.provider.InventoryRecord;

class GranularMergeTest {

    private static AllocationCandidates run(TestIndex index, Requests request) {
        return CandidateSearch.run(index.state, request.query());
    }

    private static TestIndex twoNics(long vfsEach) {
        return new TestIndex().root("cn").inventory("cn", "VCPU", 4)
                .child("nic1", "cn").inventory("nic1", "SRIOV_NET_VF", vfsEach)
                .child("nic2", "cn").inventory("nic2", "SRIOV_NET_VF", vfsEach);
    }

    @Test
    void isolateNeedsADistinctProviderPerSuffixedGroup() {
        var answer = run(twoNics(2), Requests.of().group("_A", "SRIOV_NET_VF:1").group("_B", "SRIOV_NET_VF:1")
                .policy("isolate"));

        assertThat(answer.requests()).extracting(CandidateAllocation::mappings).containsExactlyInAnyOrder(
                Map.of("_A", List.of("nic1"), "_B", List.of("nic2")),
                Map.of("_A", List.of("nic2"), "_B", List.of("nic1")));
    }

    @Test
    void policyNoneLetsGroupsShareAProviderWhenTheSumFits() {
        var roomy = run(twoNics(2), Requests.of().group("_A", "SRIOV_NET_VF:1").group("_B", "SRIOV_NET_VF:1")
                .policy("none"));
        assertThat(roomy.requests()).hasSize(4);
        assertThat(roomy.requests()).extracting(CandidateAllocation::allocations)
                .contains(Map.of("nic1", Map.of("SRIOV_NET_VF", 2L)));

        // one VF each: the summed amount on one NIC no longer fits
        var tight = run(twoNics(1), Requests.of().group("_A", "SRIOV_NET_VF:1").group("_B", "SRIOV_NET_VF:1")
                .policy("none"));
        assertThat(tight.requests()).hasSize(2);
    }

    @Test
    void summedAmountsAreCheckedAgainstMaxUnit() {
        TestIndex index = new TestIndex().root("cn")
                .inventory("cn", "VCPU", new InventoryRecord(16, 0, 1, 2, 1, 1.0));

        assertThat(run(index, Requests.of().group("", "VCPU:2").group("1", "VCPU:1")).requests()).isEmpty();
        assertThat(run(index, Requests.of().group("", "VCPU:1").group("1", "VCPU:1")).requests()).hasSize(1);
    }

    @Test
    void theUnsuffixedGroupMayOverlapSuffixedOnesUnderIsolate() {
        var answer = run(twoNics(2), Requests.of().group("", "VCPU:1,SRIOV_NET_VF:1").group("_A", "SRIOV_NET_VF:1")
                .group("_B", "SRIOV_NET_VF:1").policy("isolate"));

        assertThat(answer.requests()).hasSize(4);
    }

    private static TestIndex numaTree() {
        return new TestIndex().root("cn")
                .child("numa0", "cn").inventory("numa0", "VCPU", 4)
                .child("numa1", "cn").inventory("numa1", "VCPU", 4)
                .child("pf0", "numa0").inventory("pf0", "SRIOV_NET_VF", 4)
                .child("pf1", "numa1").inventory("pf1", "SRIOV_NET_VF", 4);
    }

    @Test
    void sameSubtreeKeepsTheGroupsUnderOneOfTheirProviders() {
        var answer = run(numaTree(), Requests.of().group("_CPU", "VCPU:1").group("_NET", "SRIOV_NET_VF:1")
                .policy("none").sameSubtree("_CPU", "_NET"));

        assertThat(answer.requests()).extracting(CandidateAllocation::mappings).containsExactlyInAnyOrder(
                Map.of("_CPU", List.of("numa0"), "_NET", List.of("pf0")),
                Map.of("_CPU", List.of("numa1"), "_NET", List.of("pf1")));
        assertThat(run(numaTree(), Requests.of().group("_CPU", "VCPU:1").group("_NET", "SRIOV_NET_VF:1")
                .policy("none")).requests()).hasSize(4);
    }

    @Test
    void aResourcelessGroupMapsToTheProviderWithItsTraits() {
        TestIndex index = numaTree().traits("numa1", "HW_NUMA_ROOT");

        var answer = run(index, Requests.of().group("_NUMA", "").required("HW_NUMA_ROOT")
                .group("_NET", "SRIOV_NET_VF:1").policy("none").sameSubtree("_NUMA", "_NET"));

        assertThat(answer.requests()).extracting(CandidateAllocation::mappings)
                .containsExactly(Map.of("_NUMA", List.of("numa1"), "_NET", List.of("pf1")));
        assertThat(answer.requests().get(0).allocations()).containsOnlyKeys("pf1");
    }

    @Test
    void aGroupWithoutCandidatesEmptiesTheWholeAnswer() {
        var answer = run(numaTree(), Requests.of().group("_CPU", "VCPU:1").group("_GPU", "VGPU:1").policy("none"));

        assertThat(answer.requests()).isEmpty();
        assertThat(answer.summaries()).isEmpty();
    }
}
