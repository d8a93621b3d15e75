package org.placementledger.server.handlers.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.Microversion;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.QueryStrings;

/** The query string of GET /allocation_candidates read into groups and request-wide parameters (Placement's lib.py). */
class CandidateParamsTest {

    private static PlacementRequest request(String version, String query) {
        return new PlacementRequest("GET", "/allocation_candidates", Microversion.of(version), Map.of(),
                QueryStrings.parse(query), null, null, null, "req-test", "http://localhost");
    }

    private static List<CandidateRequestGroup> groups(String version, String query) {
        PlacementRequest r = request(version, query);
        return RequestGroupParams.parse(r, RequestWideParams.parse(r).sameSubtrees());
    }

    @Test
    void groupsComeInTheOrderTheirSuffixFirstAppears() {
        var parsed = groups("1.33", "member_of_B=aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa&resources=VCPU:1"
                + "&resources_B=SRIOV_NET_VF:1&required=!HW_CPU_X86_AVX&in_tree_B=%20bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        assertThat(parsed).extracting(CandidateRequestGroup::suffix).containsExactly("_B", "");
        assertThat(parsed.get(0).memberOf()).containsExactly(Set.of("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa"));
        assertThat(parsed.get(0).inTree()).isEqualTo("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        assertThat(parsed.get(1).forbiddenTraits()).containsExactly("HW_CPU_X86_AVX");
        assertThat(parsed.get(1).sameProvider()).isFalse();
    }

    @Test
    void namedSuffixesAreNotGroupKeysBefore133() {
        // the schema refuses them first; the parser alone just does not see a group
        assertThat(groups("1.25", "resources=VCPU:1&resources1=VCPU:1")).hasSize(2);
        assertThat(groups("1.25", "resources=VCPU:1&resources_A=VCPU:1")).hasSize(1);
    }

    @Test
    void before136EveryGroupNeedsResources() {
        assertThatThrownBy(() -> groups("1.25", "resources=VCPU:1&required1=HW_CPU_X86_AVX")).hasMessage(
                "All traits parameters must be associated with resources.  Found the following orphaned traits keys: "
                        + "required1");
        assertThatThrownBy(() -> groups("1.25", "resources=VCPU:1&member_of2=aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa"))
                .hasMessageContaining("orphaned member_of keys: member_of2");
        assertThatThrownBy(() -> groups("1.31", "resources=VCPU:1&in_tree1=aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa"))
                .hasMessage("All request groups must specify resources.");
        assertThatThrownBy(() -> groups("1.25", ""))
                .hasMessage("At least one request group (`resources` or `resources{$S}`) is required.");
    }

    @Test
    void from136ResourcelessGroupsMustBeNamedInSameSubtree() {
        assertThat(groups("1.36", "resources_A=VCPU:1&required_B=HW_CPU_X86_AVX&same_subtree=_A,_B")).hasSize(2);
        assertThatThrownBy(() -> groups("1.36", "resources_A=VCPU:1&required_B=HW_CPU_X86_AVX"))
                .hasMessage("Resourceless suffixed group request should be specified in `same_subtree` query param: "
                        + "bad group(s) - ['_B'].")
                .extracting(e -> ((PlacementException) e).code()).isEqualTo(ErrorCode.QUERY_BAD_VALUE);
        assertThatThrownBy(() -> groups("1.36", "resources_A=VCPU:1&same_subtree=_A,_X"))
                .hasMessage("Real suffixes should be specified in `same_subtree`: ['_X'] not found in ['_A'].");
        assertThatThrownBy(() -> groups("1.36", "required=HW_CPU_X86_AVX"))
                .extracting(e -> ((PlacementException) e).code()).isEqualTo(ErrorCode.QUERY_MISSING_VALUE);
    }

    @Test
    void anAnyOfClauseWhollyForbiddenIsAConflict() {
        assertThatThrownBy(() -> groups("1.39", "resources1=VCPU:1&required1=in:T1,T2&required1=!T1,!T2"))
                .hasMessage("Conflicting required and forbidden traits found in the following traits keys: "
                        + "required1: (T1, T2)");
        assertThat(groups("1.39", "resources1=VCPU:1&required1=in:T1,T2&required1=!T1")).hasSize(1);
    }

    @Test
    void requestWideParametersTakeTheFirstLimitAndPolicy() {
        var wide = RequestWideParams.parse(request("1.36",
                "limit=3&limit=1&group_policy=none&group_policy=isolate&root_required=T1,!T2&same_subtree=_A,_B"
                        + "&same_subtree=_C"));
        assertThat(wide.limit()).isEqualTo(3);
        assertThat(wide.groupPolicy()).isEqualTo("none");
        assertThat(wide.rootRequired()).containsExactly("T1");
        assertThat(wide.rootForbidden()).containsExactly("T2");
        assertThat(wide.sameSubtrees()).containsExactly(Set.of("_A", "_B"), Set.of("_C"));
    }

    @Test
    void rootRequiredIsGivenOnceWithoutAnyOfOrConflicts() {
        assertThatThrownBy(() -> RequestWideParams.parse(request("1.35", "root_required=T1&root_required=T2")))
                .extracting(e -> ((PlacementException) e).code()).isEqualTo(ErrorCode.QUERY_DUPLICATE_KEY);
        assertThatThrownBy(() -> RequestWideParams.parse(request("1.39", "root_required=in:T1,T2")))
                .hasMessageContaining("only supported since microversion 1.39");
        assertThatThrownBy(() -> RequestWideParams.parse(request("1.35", "root_required=T1,!T1")))
                .hasMessage("Conflicting required and forbidden traits found in root_required: T1");
        assertThatThrownBy(() -> RequestWideParams.parse(request("1.36", "same_subtree=_A,,_B")))
                .extracting(e -> ((PlacementException) e).code()).isEqualTo(ErrorCode.QUERY_BAD_VALUE);
    }
}
