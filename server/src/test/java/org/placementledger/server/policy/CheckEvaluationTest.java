package org.placementledger.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Evaluating parsed checks against a target and credentials, as oslo.policy's _checks do. */
class CheckEvaluationTest {

    private static final Map<String, Object> READER = Map.of("roles", List.of("Reader", "member"),
            "project_id", "p1", "user_id", "u1", "user", Map.of("groups", List.of(Map.of("name", "ops"))));

    private static boolean eval(String rule, Map<String, ?> target, Map<String, ?> creds) {
        Map<String, Check> rules = Map.of("is_reader", CheckParser.parse("role:reader"));
        return CheckParser.parse(rule).test(new Check.Evaluation(target, creds, rules::get));
    }

    @Test
    void rolesMatchCaseInsensitively() {
        assertThat(eval("role:READER", Map.of(), READER)).isTrue();
        assertThat(eval("role:admin", Map.of(), READER)).isFalse();
        assertThat(eval("role:admin", Map.of(), Map.of())).isFalse();
    }

    @Test
    void targetFieldsAreComparedWithCredentials() {
        assertThat(eval("project_id:%(project_id)s", Map.of("project_id", "p1"), READER)).isTrue();
        assertThat(eval("project_id:%(project_id)s", Map.of("project_id", "p2"), READER)).isFalse();
        // a target without the field fails the check rather than raising
        assertThat(eval("project_id:%(project_id)s", Map.of(), READER)).isFalse();
        assertThat(eval("role:%(wanted)s", Map.of("wanted", "member"), READER)).isTrue();
    }

    @Test
    void aMissingValueIsPythonsNone() {
        Map<String, Object> target = new HashMap<>();
        target.put("project_id", null);
        Map<String, Object> systemCreds = new HashMap<>();
        systemCreds.put("project_id", null);
        assertThat(eval("project_id:%(project_id)s", target, systemCreds)).isTrue();
        assertThat(eval("project_id:%(project_id)s", target, READER)).isFalse();
    }

    @Test
    void literalKindsAreComparedWithTheMatch() {
        assertThat(eval("'ops':%(team)s", Map.of("team", "ops"), READER)).isTrue();
        assertThat(eval("True:%(enabled)s", Map.of("enabled", true), READER)).isTrue();
        assertThat(eval("True:%(enabled)s", Map.of("enabled", false), READER)).isFalse();
    }

    @Test
    void dottedKindsWalkIntoCredentialsAndLists() {
        assertThat(eval("user.groups.name:ops", Map.of(), READER)).isTrue();
        assertThat(eval("user.groups.name:dev", Map.of(), READER)).isFalse();
        assertThat(eval("user.nothing:ops", Map.of(), READER)).isFalse();
        assertThat(eval("roles:member", Map.of(), READER)).isTrue();
    }

    @Test
    void operatorsCombine() {
        assertThat(eval("role:admin or role:reader and project_id:p1", Map.of(), READER)).isTrue();
        assertThat(eval("(role:admin or role:reader) and project_id:p2", Map.of(), READER)).isFalse();
        assertThat(eval("not role:admin", Map.of(), READER)).isTrue();
        assertThat(eval("@", Map.of(), Map.of())).isTrue();
        assertThat(eval("!", Map.of(), READER)).isFalse();
    }

    @Test
    void ruleReferencesResolveAndUnknownRulesDeny() {
        assertThat(eval("rule:is_reader", Map.of(), READER)).isTrue();
        assertThat(eval("rule:nothing_of_that_name", Map.of(), READER)).isFalse();
        assertThat(eval("not rule:nothing_of_that_name", Map.of(), READER)).isTrue();
    }
}
