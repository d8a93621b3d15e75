package org.placementledger.query.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateAllocation;

class SharingAndTreesTest {

    private static AllocationCandidates run(TestIndex index, Requests request) {
        return CandidateSearch.run(index.state, request.query());
    }

    private static TestIndex computesWithSharedDisk() {
        return new TestIndex()
                .root("cn1").inventory("cn1", "VCPU", 8).aggregates("cn1", "agg")
                .root("cn2").inventory("cn2", "VCPU", 8).inventory("cn2", "DISK_GB", 100).aggregates("cn2", "agg")
                .root("ss").inventory("ss", "DISK_GB", 1000).sharing("ss", "agg");
    }

    @Test
    void aSharingProviderSuppliesEveryTreeOfItsAggregates() {
        var answer = run(computesWithSharedDisk(), Requests.of().group("", "VCPU:1,DISK_GB:10"));

        assertThat(answer.requests()).extracting(CandidateAllocation::allocations).containsExactlyInAnyOrder(
                Map.of("cn1", Map.of("VCPU", 1L), "ss", Map.of("DISK_GB", 10L)),
                Map.of("cn2", Map.of("VCPU", 1L), "ss", Map.of("DISK_GB", 10L)),
                Map.of("cn2", Map.of("VCPU", 1L, "DISK_GB", 10L)));
        assertThat(answer.summaries()).containsOnlyKeys("cn1", "cn2", "ss");
        assertThat(answer.summaries().get("ss").resources().get("DISK_GB").capacity()).isEqualTo(1000);
    }

    @Test
    void inTreeKeepsSharingProvidersOut() {
        var answer = run(computesWithSharedDisk(), Requests.of().group("", "VCPU:1,DISK_GB:10").inTree("cn1"));

        assertThat(answer.requests()).isEmpty();
        assertThat(answer.summaries()).isEmpty();
    }

    @Test
    void aSuffixedGroupOnASharingProviderIsAnchoredAtEveryTreeItShares() {
        var answer = run(computesWithSharedDisk(), Requests.of().group("", "VCPU:1")
                .group("1", "DISK_GB:10").inTree("ss"));

        assertThat(answer.requests()).extracting(CandidateAllocation::allocations).containsExactlyInAnyOrder(
                Map.of("cn1", Map.of("VCPU", 1L), "ss", Map.of("DISK_GB", 10L)),
                Map.of("cn2", Map.of("VCPU", 1L), "ss", Map.of("DISK_GB", 10L)));
    }

    private static TestIndex computeWithTwoNics() {
        return new TestIndex()
                .root("cn").inventory("cn", "VCPU", 4)
                .child("numa0", "cn").child("numa1", "cn")
                .child("pf0", "numa0").inventory("pf0", "SRIOV_NET_VF", 4)
                .child("pf1", "numa1").inventory("pf1", "SRIOV_NET_VF", 4).traits("pf1", "CUSTOM_FAST");
    }

    @Test
    void theUnsuffixedGroupCombinesProvidersOfOneTreeAndSummarizesTheWholeTree() {
        var answer = run(computeWithTwoNics(), Requests.of().group("", "VCPU:1,SRIOV_NET_VF:2"));

        assertThat(answer.requests()).hasSize(2);
        assertThat(answer.requests()).extracting(CandidateAllocation::mappings).containsExactlyInAnyOrder(
                Map.of("", List.of("cn", "pf0")), Map.of("", List.of("cn", "pf1")));
        assertThat(answer.summaries()).containsOnlyKeys("cn", "numa0", "numa1", "pf0", "pf1");
        assertThat(answer.summaries().get("numa0").resources()).isEmpty();
        assertThat(answer.summaries().get("pf0").parentUuid()).isEqualTo("numa0");
        assertThat(answer.summaries().get("pf0").rootUuid()).isEqualTo("cn");
    }

    @Test
    void below129ACandidateMayUseOnlyOneProviderPerTree() {
        assertThat(run(computeWithTwoNics(), Requests.of().group("", "VCPU:1,SRIOV_NET_VF:2").before129())
                .requests()).isEmpty();

        var nicsOnly = run(computeWithTwoNics(), Requests.of().group("", "SRIOV_NET_VF:2").before129());
        assertThat(nicsOnly.requests()).hasSize(2);
        // summaries keep to the providers used
        assertThat(nicsOnly.summaries()).containsOnlyKeys("pf0", "pf1");
    }

    @Test
    void requiredTraitsCountOnlyOnProvidersThatContribute() {
        var fast = run(computeWithTwoNics(), Requests.of().group("", "VCPU:1,SRIOV_NET_VF:2").required("CUSTOM_FAST"));
        assertThat(fast.requests()).extracting(CandidateAllocation::allocations)
                .containsExactly(Map.of("cn", Map.of("VCPU", 1L), "pf1", Map.of("SRIOV_NET_VF", 2L)));

        // the tree holds the trait, but a VCPU-only request does not use pf1
        assertThat(run(computeWithTwoNics(), Requests.of().group("", "VCPU:1").required("CUSTOM_FAST"))
                .requests()).isEmpty();
        var notFast = run(computeWithTwoNics(), Requests.of().group("", "VCPU:1,SRIOV_NET_VF:2")
                .forbidden("CUSTOM_FAST"));
        assertThat(notFast.requests()).extracting(CandidateAllocation::mappings)
                .containsExactly(Map.of("", List.of("cn", "pf0")));
    }

    @Test
    void usageReducesRoomAndShowsInSummaries() {
        TestIndex index = computeWithTwoNics().use("pf0", "vm1", "SRIOV_NET_VF", 3);

        var answer = run(index, Requests.of().group("", "SRIOV_NET_VF:2"));

        assertThat(answer.requests()).extracting(CandidateAllocation::mappings)
                .containsExactly(Map.of("", List.of("pf1")));
        assertThat(answer.summaries().get("pf0").resources().get("SRIOV_NET_VF").used()).isEqualTo(3);
    }
}
