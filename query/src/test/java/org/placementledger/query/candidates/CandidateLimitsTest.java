package org.placementledger.query.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.placementledger.api.candidates.AllocationCandidates;
import org.placementledger.api.candidates.CandidateAllocation;

class CandidateLimitsTest {

    private static AllocationCandidates run(TestIndex index, Requests request) {
        return CandidateSearch.run(index.state, request.query());
    }

    /** Three computes, each with two NICs. */
    private static TestIndex threeComputes() {
        TestIndex index = new TestIndex();
        for (String cn : List.of("a", "b", "c")) {
            index.root(cn).child(cn + "-nic1", cn).inventory(cn + "-nic1", "SRIOV_NET_VF", 2)
                    .child(cn + "-nic2", cn).inventory(cn + "-nic2", "SRIOV_NET_VF", 2);
        }
        return index;
    }

    private static Set<String> rootsOf(AllocationCandidates answer) {
        return answer.requests().stream().flatMap(r -> r.allocations().keySet().stream())
                .map(p -> p.substring(0, 1)).collect(Collectors.toSet());
    }

    @Test
    void aLimitKeepsThatManyAndTrimsSummariesToTheirTrees() {
        var answer = run(threeComputes(), Requests.of().group("", "SRIOV_NET_VF:1").limit(1));

        assertThat(answer.requests()).hasSize(1);
        String root = rootsOf(answer).iterator().next();
        assertThat(answer.summaries()).containsOnlyKeys(root, root + "-nic1", root + "-nic2");
    }

    @Test
    void maxCandidatesTakesRootByRootDepthFirstAndOneRootAtATimeBreadthFirst() {
        var depth = run(threeComputes(), Requests.of().group("", "SRIOV_NET_VF:1").generation(2, false, false));
        assertThat(depth.requests()).hasSize(2);
        assertThat(rootsOf(depth)).hasSize(1);

        var breadth = run(threeComputes(), Requests.of().group("", "SRIOV_NET_VF:1").generation(3, true, false));
        assertThat(breadth.requests()).hasSize(3);
        assertThat(rootsOf(breadth)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void randomizingStillReturnsTheLimitFromTheWholeSet() {
        for (int i = 0; i < 20; i++) {
            var answer = run(threeComputes(), Requests.of().group("", "SRIOV_NET_VF:1").limit(4)
                    .generation(-1, false, true));
            assertThat(answer.requests()).hasSize(4).doesNotHaveDuplicates();
        }
        var all = run(threeComputes(), Requests.of().group("", "SRIOV_NET_VF:1").generation(-1, false, true));
        assertThat(all.requests()).hasSize(6);
    }

    @Test
    void identicalCandidatesFromSeveralAnchorsAreReturnedOnce() {
        TestIndex index = new TestIndex().root("cn1").aggregates("cn1", "agg").root("cn2").aggregates("cn2", "agg")
                .root("ss").inventory("ss", "DISK_GB", 100).sharing("ss", "agg");

        var answer = run(index, Requests.of().group("", "DISK_GB:1"));

        assertThat(answer.requests()).extracting(CandidateAllocation::allocations)
                .containsExactly(Map.of("ss", Map.of("DISK_GB", 1L)));
        assertThat(answer.summaries()).containsOnlyKeys("ss");
    }

    /** One root, eight children with the same inventory, six groups: 8*7*6*5*4*3 isolated candidates. */
    private static TestIndex wideTree() {
        TestIndex index = new TestIndex().root("cn").inventory("cn", "VCPU", 64);
        for (int i = 0; i < 8; i++) {
            index.child("dev" + i, "cn").inventory("dev" + i, "CUSTOM_DEV", 8);
        }
        index.state.names().resourceClassNamed(10000, "CUSTOM_DEV");
        return index;
    }

    private static Requests sixGroups(String policy) {
        Requests r = Requests.of().group("", "VCPU:1");
        for (int g = 0; g < 6; g++) {
            r.group("_G" + g, "CUSTOM_DEV:1");
        }
        return r.policy(policy);
    }

    @Test
    @Timeout(10)
    void aWideTreeAnswersALimitedRequestWithoutEnumeratingEverything() {
        var isolated = run(wideTree(), sixGroups("isolate").limit(10));
        var shared = run(wideTree(), sixGroups("none").limit(10));

        assertThat(isolated.requests()).hasSize(10);
        assertThat(isolated.requests()).allSatisfy(r -> assertThat(r.allocations()).hasSize(7));
        assertThat(shared.requests()).hasSize(10);
    }

    /** Many flat computes in one aggregate, a third of them without the required trait. */
    private static TestIndex manyComputes(int count) {
        TestIndex index = new TestIndex();
        for (int i = 0; i < count; i++) {
            String cn = String.format("cn%05d", i);
            index.root(cn).inventory(cn, "VCPU", 8).aggregates(cn, "agg");
            if (i % 3 != 0) {
                index.traits(cn, "HW_CPU_X86_AVX2");
            }
        }
        return index;
    }

    @Test
    void aLimitedRequestVisitsOnlyTheProvidersItNeeds() {
        TestIndex index = manyComputes(3000);
        CountingView view = new CountingView(index.state);
        Requests request = Requests.of().group("", "VCPU:1").memberOf("agg").required("HW_CPU_X86_AVX2")
                .limit(5);

        var answer = CandidateSearch.run(view, request.query());

        // the first roots in uuid order that have the trait: cn00001, cn00002, cn00004, cn00005, cn00007
        assertThat(answer.requests()).flatExtracting(r -> r.allocations().keySet())
                .containsExactly("cn00001", "cn00002", "cn00004", "cn00005", "cn00007");
        // the roots up to cn00007 and a few lookups per candidate, not the 3,000 providers
        assertThat(view.providersVisited).isLessThan(100);
    }

    @Test
    void withoutALimitEveryMatchingTreeIsReturned() {
        var answer = run(manyComputes(300), Requests.of().group("", "VCPU:1").memberOf("agg")
                .required("HW_CPU_X86_AVX2"));

        assertThat(answer.requests()).hasSize(200);
    }

    @Test
    @Timeout(30)
    void aWideTreeUnderIsolateYieldsEveryDistinctAssignment() {
        var answer = run(wideTree(), sixGroups("isolate"));

        assertThat(answer.requests()).hasSize(8 * 7 * 6 * 5 * 4 * 3);
        assertThat(answer.summaries()).hasSize(9);
    }
}
