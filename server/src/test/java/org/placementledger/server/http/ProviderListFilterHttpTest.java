package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** GET /resource_providers query parameters over HTTP: validation per microversion and filtering (§2.2). */
class ProviderListFilterHttpTest extends HttpApiTest {

    private List<String> uuids(Reply r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("resource_providers").forEach(p -> out.add(p.get("uuid").asText()));
        return out;
    }

    private void aggregates(String rp, String... aggs) {
        assertThat(put("/resource_providers/" + rp + "/aggregates", List.of(aggs)).version("1.1").send().status())
                .isEqualTo(200);
    }

    private void traits(String rp, String... names) {
        assertThat(put("/resource_providers/" + rp + "/traits", Map.of("traits", List.of(names),
                "resource_provider_generation", 0)).version("1.6").send().status()).isEqualTo(200);
    }

    @Test
    void unknownOrTooNewParametersAre400() {
        Reply unknown = get("/resource_providers?color=blue").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("Invalid query string parameters: Additional properties are not allowed "
                + "('color' was unexpected)");
        assertThat(get("/resource_providers?member_of=" + newUuid()).version("1.2").send().status()).isEqualTo(400);
        assertThat(get("/resource_providers?resources=VCPU:1").version("1.3").send().status()).isEqualTo(400);
        assertThat(get("/resource_providers?in_tree=" + newUuid()).version("1.13").send().status()).isEqualTo(400);
        assertThat(get("/resource_providers?required=HW_CPU_X86_AVX").version("1.17").send().status())
                .isEqualTo(400);
    }

    @Test
    void queryUuidsMustBeDashed() {
        String rp = createProvider();
        assertThat(uuids(get("/resource_providers?uuid=" + rp).send())).containsExactly(rp);
        Reply dashless = get("/resource_providers?uuid=" + rp.replace("-", "")).send();
        assertThat(dashless.status()).isEqualTo(400);
        assertThat(dashless.raw()).contains("is not a 'uuid'");
        assertThat(get("/resource_providers?in_tree=nope").version("1.14").send().status()).isEqualTo(400);
    }

    @Test
    void memberOfSyntaxAndSemantics() {
        String a = createProvider();
        String b = createProvider();
        String agg1 = newUuid();
        String agg2 = newUuid();
        aggregates(a, agg1, agg2);
        aggregates(b, agg2);
        assertThat(uuids(get("/resource_providers?member_of=" + agg1).version("1.3").send())).containsExactly(a);
        assertThat(uuids(get("/resource_providers?member_of=in:" + agg1 + "," + agg2).version("1.3").send()))
                .containsExactlyInAnyOrder(a, b);
        Reply comma = get("/resource_providers?member_of=" + agg1 + "," + agg2).version("1.3").send();
        assertThat(comma.raw()).contains("Multiple values for 'member_of' must be prefixed with the 'in:' or '!in:'");
        Reply repeat = get("/resource_providers?member_of=" + agg1 + "&member_of=" + agg2).version("1.23").send();
        assertThat(repeat.raw()).contains("Multiple member_of parameters are not supported");
        assertThat(uuids(get("/resource_providers?member_of=" + agg1 + "&member_of=" + agg2).version("1.24").send()))
                .containsExactly(a);
        Reply forbiddenOld = get("/resource_providers?member_of=!" + agg1).version("1.31").send();
        assertThat(forbiddenOld.raw()).contains(
                "Forbidden member_of parameters are not supported in the specified microversion");
        List<String> notInAgg1 = uuids(get("/resource_providers?member_of=!" + agg1).version("1.32").send());
        assertThat(notInAgg1).contains(b).doesNotContain(a);
        Reply bad = get("/resource_providers?member_of=not-a-uuid").version("1.3").send();
        assertThat(bad.raw()).contains("Invalid query string parameters: Expected 'member_of' parameter to contain "
                + "valid UUID(s). Got: not-a-uuid");
    }

    @Test
    void requiredSyntaxAndSemantics() {
        String a = createProvider();
        String b = createProvider();
        traits(a, "HW_CPU_X86_AVX", "STORAGE_DISK_SSD");
        traits(b, "HW_CPU_X86_AVX");
        String tree = "&in_tree=";
        List<String> both = uuids(get("/resource_providers?required=HW_CPU_X86_AVX,STORAGE_DISK_SSD")
                .version("1.18").send());
        assertThat(both).contains(a).doesNotContain(b);
        List<String> notSsd = uuids(get("/resource_providers?required=HW_CPU_X86_AVX,!STORAGE_DISK_SSD")
                .version("1.22").send());
        assertThat(notSsd).contains(b).doesNotContain(a);
        Reply forbiddenOld = get("/resource_providers?required=!STORAGE_DISK_SSD").version("1.21").send();
        assertThat(forbiddenOld.raw()).contains("Expected 'required' parameter value of the form: "
                + "HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: !STORAGE_DISK_SSD");
        Reply blank = get("/resource_providers?required=").version("1.22").send();
        assertThat(blank.raw()).contains("Expected 'required' parameter value of the form: "
                + "HW_CPU_X86_VMX,!CUSTOM_MAGIC. Got an empty trait in: ");
        Reply unknown = get("/resource_providers?required=HW_CPU_X86_AVX,NOT_A_TRAIT").version("1.18").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("Invalid trait(s) in \\\"required\\\" parameter: No such trait(s): "
                + "NOT_A_TRAIT.");
        Reply anyOfOld = get("/resource_providers?required=in:HW_CPU_X86_AVX,STORAGE_DISK_SSD").version("1.38").send();
        assertThat(anyOfOld.raw()).contains("only supported since microversion 1.39");
        // before 1.39 only the last 'required' counts; from 1.39 repeats are AND'd
        assertThat(uuids(get("/resource_providers?required=STORAGE_DISK_SSD&required=HW_CPU_X86_AVX" + tree + b)
                .version("1.38").send())).containsExactly(b);
        assertThat(uuids(get("/resource_providers?required=STORAGE_DISK_SSD&required=HW_CPU_X86_AVX" + tree + b)
                .version("1.39").send())).isEmpty();
        assertThat(uuids(get("/resource_providers?required=in:STORAGE_DISK_SSD,HW_CPU_X86_AVX" + tree + b)
                .version("1.39").send())).containsExactly(b);
    }

    @Test
    void resourcesSyntax() {
        assertThat(get("/resource_providers?resources=").version("1.4").send().raw())
                .contains("Badly formed resources parameter. Expected resources query string parameter in form: "
                        + "?resources=VCPU:2,MEMORY_MB:1024. Got: empty string.");
        assertThat(get("/resource_providers?resources=VCPU").version("1.4").send().raw())
                .contains("Got: VCPU.");
        assertThat(get("/resource_providers?resources=VCPU:x").version("1.4").send().raw())
                .contains("Requested resource VCPU expected positive integer amount. Got: x.");
        assertThat(get("/resource_providers?resources=VCPU:0").version("1.4").send().raw())
                .contains("Requested resource VCPU requires amount >= 1. Got: 0.");
        Reply unknown = get("/resource_providers?resources=NOPE:1").version("1.4").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("Invalid resource class in resources parameter: No such resource class NOPE.");
        String rp = createProvider();
        assertThat(uuids(get("/resource_providers?resources=VCPU:1&uuid=" + rp).version("1.4").send())).isEmpty();
    }

    @Test
    void inTreeIsTheWholeTree() {
        String root = createProvider();
        String child = newUuid();
        post("/resource_providers", Map.of("name", "rp-" + child, "uuid", child, "parent_provider_uuid", root))
                .version("1.14").send();
        assertThat(uuids(get("/resource_providers?in_tree=" + child).version("1.14").send()))
                .containsExactlyInAnyOrder(root, child);
        assertThat(uuids(get("/resource_providers?in_tree=" + newUuid()).version("1.14").send())).isEmpty();
    }

    /** Placement meets an unknown name only if the filters it applies before it left some provider. */
    @Test
    void anEmptyEarlierFilterAnswersBeforeAnUnknownName() {
        String holder = createProvider();
        String agg = newUuid();
        aggregates(holder, agg);
        String lonely = "CUSTOM_LONELY_" + newUuid().substring(0, 8).toUpperCase();
        assertThat(new Call("/traits/" + lonely).method("PUT").version("1.6").send().status()).isEqualTo(201);
        assertThat(uuids(get("/resource_providers?in_tree=" + newUuid() + "&required=NOT_A_TRAIT&resources=NOPE:1")
                .version("1.22").send())).isEmpty();
        assertThat(uuids(get("/resource_providers?required=" + lonely + "&resources=NOPE:1").version("1.22").send()))
                .isEmpty();
        assertThat(get("/resource_providers?required=" + lonely + ",NOT_A_TRAIT&resources=NOPE:1").version("1.22")
                .send().raw()).contains("No such trait(s): NOT_A_TRAIT.");
        assertThat(uuids(get("/resource_providers?member_of=" + newUuid() + "&resources=NOPE:1").version("1.22")
                .send())).isEmpty();
        assertThat(get("/resource_providers?member_of=" + newUuid() + "&required=!NOT_A_TRAIT").version("1.22")
                .send().raw()).contains("No such trait(s): NOT_A_TRAIT.");
        assertThat(get("/resource_providers?member_of=" + agg + "&resources=NOPE:1").version("1.22").send().raw())
                .contains("No such resource class NOPE.");
    }
}
