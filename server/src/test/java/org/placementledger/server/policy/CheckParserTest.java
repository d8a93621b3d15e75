package org.placementledger.server.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check-string language: each string parses to the tree oslo.policy 4.x builds for it (the
 * expected renderings are oslo.policy's own {@code str(parse_rule(s))}), and what oslo.policy would
 * silently turn into a deny is refused with a message naming the problem.
 */
class CheckParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "role:admin | role:admin",
        "role:admin or role:service | (role:admin or role:service)",
        "role:a and role:b or role:c | ((role:a and role:b) or role:c)",
        "role:a or role:b and role:c | (role:a or (role:b and role:c))",
        "role:a or role:b and role:c and role:d | (role:a or (role:b and role:c and role:d))",
        "not role:a and role:b | (not role:a and role:b)",
        "role:a or not role:b | (role:a or not role:b)",
        "(role:a or role:b) and role:c | ((role:a or role:b) and role:c)",
        "((role:a)) | role:a",
        "role:a AND role:b Or NOT role:c | ((role:a and role:b) or not role:c)",
        "role:reader and project_id:%(project_id)s | (role:reader and project_id:%(project_id)s)",
        "@ | @",
        "! | !",
        "role:a or (role:b and role:c) and role:d | (role:a or (role:b and role:c and role:d))",
        "not (role:a or role:b) | not (role:a or role:b)",
        "not not role:a | not not role:a",
        "role:a and not role:b or role:c and role:d | ((role:a and not role:b) or (role:c and role:d))",
        "rule:admin_api or system_scope:all | (rule:admin_api or system_scope:all)",
    })
    void parsesAsOsloPolicyDoes(String rule, String tree) {
        assertThat(CheckParser.parse(rule)).hasToString(tree);
    }

    @org.junit.jupiter.api.Test
    void theEmptyStringAllowsEverything() {
        assertThat(CheckParser.parse("")).isEqualTo(new Check.Always(true));
    }

    @org.junit.jupiter.api.Test
    void baseChecksAreTypedByKind() {
        assertThat(CheckParser.parse("rule:admin_api")).isEqualTo(new Check.RuleRef("admin_api"));
        assertThat(CheckParser.parse("role:admin")).isInstanceOf(Check.Role.class);
        assertThat(CheckParser.parse("project_id:%(project_id)s")).isInstanceOf(Check.Generic.class);
        assertThat(CheckParser.parse("role:compute:admin")).hasToString("role:compute:admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"role:a and", "(role:a", "role:a)", "role:a or or role:b", "   ", "and", "not"})
    void unbalancedOrDanglingStringsAreRefused(String rule) {
        assertThatThrownBy(() -> CheckParser.parse(rule)).isInstanceOf(PolicySyntaxException.class)
                .hasMessageContaining("does not reduce to one expression");
    }

    @org.junit.jupiter.api.Test
    void aWordWithoutKindIsRefused() {
        assertThatThrownBy(() -> CheckParser.parse("role:a or admin")).isInstanceOf(PolicySyntaxException.class)
                .hasMessageContaining("'admin' is not a check");
    }

    @org.junit.jupiter.api.Test
    void aQuotedStringIsNotACheck() {
        assertThatThrownBy(() -> CheckParser.parse("'quoted'")).isInstanceOf(PolicySyntaxException.class)
                .hasMessageContaining("quoted string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"project_id:%(project_id)d", "role:50%", "project_id:%(project_id"})
    void percentSignsOtherThanFieldsAreRefused(String rule) {
        assertThatThrownBy(() -> CheckParser.parse(rule)).isInstanceOf(PolicySyntaxException.class)
                .hasMessageContaining("neither %(name)s nor %%");
    }

    @org.junit.jupiter.api.Test
    void httpChecksAreRefused() {
        assertThatThrownBy(() -> CheckParser.parse("http://example.com/check")).isInstanceOf(
                PolicySyntaxException.class).hasMessageContaining("'http' checks are not supported");
    }
}
