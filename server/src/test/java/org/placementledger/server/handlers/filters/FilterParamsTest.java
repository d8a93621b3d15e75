package org.placementledger.server.handlers.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.Microversion;

/** The parsers of member_of, required and resources, without a server (Placement's util.py rules). */
class FilterParamsTest {

    static final Microversion V1_21 = new Microversion(1, 21);
    static final Microversion V1_38 = new Microversion(1, 38);
    static final Microversion V1_39 = new Microversion(1, 39);
    static final String A = "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa";
    static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"; // uuid-like without dashes: kept as sent

    @Test
    void memberOfFormsAndClauses() {
        var parsed = MemberOfParams.parse(List.of("in:" + A + "," + B, "!" + A, "!in:" + B), V1_39, "");
        assertThat(parsed.required()).containsExactly(Set.of(A, B));
        assertThat(parsed.forbidden()).containsExactlyInAnyOrder(A, B);
        assertThatThrownBy(() -> MemberOfParams.parse(List.of("in:" + A + ",!" + B), V1_39, ""))
                .hasMessageContaining("Expected 'member_of' parameter to contain valid UUID(s). Got: !" + B);
        assertThatThrownBy(() -> MemberOfParams.parse(List.of(""), V1_39, ""))
                .isInstanceOf(PlacementException.class);
        assertThatThrownBy(() -> MemberOfParams.parse(List.of("!" + A), V1_21, "1"))
                .hasMessage("Forbidden member_of1 parameters are not supported in the specified microversion");
    }

    @Test
    void requiredStripsEveryLeadingBangAndBlanks() {
        var parsed = RequiredTraitParams.parse(List.of(" T1 , !!T2"), V1_38);
        assertThat(parsed.required()).containsExactly(Set.of("T1"));
        assertThat(parsed.forbidden()).containsExactly("T2");
        assertThatThrownBy(() -> RequiredTraitParams.parse(List.of("T1,!"), V1_38))
                .hasMessageContaining("Got an empty trait in: T1,!");
        assertThatThrownBy(() -> RequiredTraitParams.parse(List.of("T1,,T2"), V1_21))
                .hasMessageContaining("of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: T1,,T2");
    }

    @Test
    void requiredAnyOfFrom139() {
        var parsed = RequiredTraitParams.parse(List.of("in:T1, T2", "T3,!T4"), V1_39);
        assertThat(parsed.required()).containsExactly(Set.of("T1", "T2"), Set.of("T3"));
        assertThat(parsed.forbidden()).containsExactly("T4");
        assertThatThrownBy(() -> RequiredTraitParams.parse(List.of("in:T1,!T2"), V1_39))
                .hasMessageContaining("does not support forbidden traits. Got: in:T1,!T2");
        assertThatThrownBy(() -> RequiredTraitParams.parse(List.of("in:T1,"), V1_39))
                .hasMessageContaining("in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: in:T1,");
        assertThat(RequiredTraitParams.parse(List.of("T1", "T2"), V1_38).required()).containsExactly(Set.of("T2"));
    }

    @Test
    void resourcesAmountsAsPythonIntReadsThem() {
        assertThat(ResourcesParam.parse("VCPU:2,DISK_GB: 1_0 ,VCPU:+3")).isEqualTo(Map.of("VCPU", 3L, "DISK_GB", 10L));
        assertThat(ResourcesParam.parse("VCPU:99999999999999999999")).containsEntry("VCPU", Long.MAX_VALUE);
        assertThatThrownBy(() -> ResourcesParam.parse("VCPU:1:2")).hasMessageEndingWith("Got: VCPU:1:2.");
        assertThatThrownBy(() -> ResourcesParam.parse("VCPU:1,")).hasMessageEndingWith("Got: .");
        assertThatThrownBy(() -> ResourcesParam.parse("VCPU:-1"))
                .hasMessage("Requested resource VCPU requires amount >= 1. Got: -1.");
        assertThatThrownBy(() -> ResourcesParam.parse("VCPU:1.5"))
                .hasMessage("Requested resource VCPU expected positive integer amount. Got: 1.5.");
    }
}
