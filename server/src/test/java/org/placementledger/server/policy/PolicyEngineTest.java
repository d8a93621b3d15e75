package org.placementledger.server.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.auth.RequestContext;

/** Master's Placement defaults under the enforce_new_defaults and enforce_scope switches, and overrides. */
class PolicyEngineTest {

    private static final RequestContext ADMIN = project("admin");
    private static final RequestContext SERVICE = project("service");
    private static final RequestContext READER = project("reader");
    private static final RequestContext MEMBER = project("member", "reader");
    private static final RequestContext SYSTEM_ADMIN = new RequestContext("u", null, Set.of("admin"), true);

    private static RequestContext project(String... roles) {
        return new RequestContext("u", "p1", Set.of(roles), false);
    }

    private static PolicyEngine engine(boolean newDefaults, boolean scope, Map<String, String> overrides) {
        return new PolicyEngine(PlacementPolicies.defaults(), overrides, newDefaults, scope);
    }

    private static boolean allows(PolicyEngine engine, String rule, RequestContext caller) {
        return engine.allows(rule, caller, Map.of("project_id", "p1"));
    }

    @Test
    void newDefaultsLetAdminAndServiceDoAllButOnlyServiceReshape() {
        PolicyEngine engine = engine(true, true, Map.of());
        assertThat(allows(engine, "placement:resource_providers:create", ADMIN)).isTrue();
        assertThat(allows(engine, "placement:resource_providers:create", SERVICE)).isTrue();
        assertThat(allows(engine, "placement:resource_providers:create", MEMBER)).isFalse();
        assertThat(allows(engine, "placement:reshaper:reshape", SERVICE)).isTrue();
        assertThat(allows(engine, "placement:reshaper:reshape", ADMIN)).isFalse();
    }

    @Test
    void legacyDefaultsAlsoLetAdminReshape() {
        PolicyEngine engine = engine(false, true, Map.of());
        assertThat(allows(engine, "placement:reshaper:reshape", ADMIN)).isTrue();
        assertThat(allows(engine, "placement:reshaper:reshape", MEMBER)).isFalse();
        assertThat(engine.checkOf("service_api")).hasToString("(role:service or role:admin)");
    }

    @Test
    void aReaderMayReadOnlyItsOwnProjectsUsages() {
        PolicyEngine engine = engine(true, true, Map.of());
        assertThat(engine.allows("placement:usages", READER, Map.of("project_id", "p1"))).isTrue();
        assertThat(engine.allows("placement:usages", READER, Map.of("project_id", "p2"))).isFalse();
        assertThat(engine.allows("placement:usages", ADMIN, Map.of("project_id", "p2"))).isTrue();
        assertThat(allows(engine, "placement:resource_providers:usages", READER)).isFalse();
    }

    @Test
    void systemScopedTokensAreRefusedWhileScopeIsEnforced() {
        assertThat(allows(engine(false, true, Map.of()), "placement:resource_providers:list", SYSTEM_ADMIN))
                .isFalse();
        assertThat(allows(engine(false, false, Map.of()), "placement:resource_providers:list", SYSTEM_ADMIN))
                .isTrue();
    }

    @Test
    void anOverrideReplacesTheDefaultAndItsDeprecatedFallback() {
        PolicyEngine engine = engine(false, true, Map.of("service_api", "role:service",
                "placement:traits:list", "@", "custom", "role:auditor"));
        assertThat(allows(engine, "placement:reshaper:reshape", ADMIN)).isFalse();
        assertThat(allows(engine, "placement:traits:list", project())).isTrue();
        assertThat(engine.checkOf("custom")).hasToString("role:auditor");
    }

    @Test
    void anOverrideKeepsTheRegisteredScope() {
        PolicyEngine engine = engine(true, true, Map.of("placement:traits:list", "@"));
        assertThat(allows(engine, "placement:traits:list", SYSTEM_ADMIN)).isFalse();
    }

    @Test
    void refusalIsA403NamingTheRule() {
        PolicyEngine engine = engine(true, true, Map.of());
        assertThatThrownBy(() -> engine.enforce("placement:traits:list", MEMBER))
                .isInstanceOfSatisfying(PlacementException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN))
                .hasMessage("Policy does not allow placement:traits:list to be performed.");
    }

    @Test
    void theDefaultTargetIsTheCallersProject() {
        PolicyEngine engine = engine(true, true, Map.of("placement:traits:list", "project_id:%(project_id)s"));
        engine.enforce("placement:traits:list", MEMBER);
        assertThatThrownBy(() -> engine.enforce("placement:traits:list", SYSTEM_ADMIN))
                .isInstanceOf(PlacementException.class);
    }

    @Test
    void unregisteredRulesAreAProgrammingError() {
        assertThatThrownBy(() -> allows(engine(true, true, Map.of()), "placement:nothing", ADMIN))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void malformedOverridesFailNamingTheRule() {
        assertThatThrownBy(() -> engine(true, true, Map.of("placement:traits:list", "role:admin or")))
                .isInstanceOf(PolicySyntaxException.class)
                .hasMessageStartingWith("policy rule \"placement:traits:list\": cannot parse check string");
    }

    @Test
    void referencesToUndefinedRulesFail() {
        assertThatThrownBy(() -> engine(true, true, Map.of("placement:traits:list", "rule:typo_api")))
                .isInstanceOf(PolicySyntaxException.class)
                .hasMessage("policy rule \"placement:traits:list\" refers to rule:typo_api, which is not defined");
    }

    @Test
    void cyclesFail() {
        assertThatThrownBy(() -> engine(true, true, Map.of("a", "rule:b", "b", "role:x or rule:a")))
                .isInstanceOf(PolicySyntaxException.class).hasMessageContaining("cycle");
    }
}
