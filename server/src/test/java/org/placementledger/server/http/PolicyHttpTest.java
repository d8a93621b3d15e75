package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Policy over HTTP under the "default" profile: master's rules with the deprecated admin fallback. */
class PolicyHttpTest extends HttpApiTest {

    private Call as(Call call, String roles, String project) {
        call.header("x-auth-token", "user").header("x-roles", roles).version("latest");
        return project == null ? call.header("openstack-system-scope", "all") : call.header("x-project-id", project);
    }

    @Test
    void aMemberIsRefusedWithTheRuleNamed() {
        Reply r = as(get("/resource_providers"), "member,reader", "p1").send();
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().at("/errors/0/detail").asText())
                .contains("Policy does not allow placement:resource_providers:list to be performed.");
    }

    @Test
    void projectAdminAndServiceMayListButASystemAdminMayNot() {
        assertThat(as(get("/resource_providers"), "admin", "p1").send().status()).isEqualTo(200);
        assertThat(as(get("/resource_providers"), "service", "p1").send().status()).isEqualTo(200);
        assertThat(as(get("/resource_providers"), "admin,member,reader", null).send().status()).isEqualTo(403);
    }

    @Test
    void theDeprecatedFallbackLetsAdminReshape() {
        // past policy, the empty body fails validation: a 400, not a 403
        assertThat(as(post("/reshaper", Map.of()), "admin", "p1").send().status()).isEqualTo(400);
        assertThat(as(post("/reshaper", Map.of()), "member", "p1").send().status()).isEqualTo(403);
    }

    @Test
    void aReaderSeesOnlyItsOwnProjectsUsages() {
        assertThat(as(get("/usages?project_id=p1"), "reader", "p1").send().status()).isEqualTo(200);
        assertThat(as(get("/usages?project_id=p2"), "reader", "p1").send().status()).isEqualTo(403);
        assertThat(as(get("/usages?project_id=p2"), "admin", "p1").send().status()).isEqualTo(200);
        assertThat(as(get("/usages?project_id=p1"), "reader", null).send().status()).isEqualTo(403);
    }

    @Test
    void usagesPolicyIsCheckedBeforeTheQuery() {
        assertThat(as(get("/usages?project_id=p2&bogus=1"), "reader", "p1").send().status()).isEqualTo(403);
        assertThat(as(get("/usages?project_id=p1&bogus=1"), "reader", "p1").send().status()).isEqualTo(400);
        assertThat(as(get("/usages"), "reader", "p1").send().status()).isEqualTo(403);
        assertThat(as(get("/usages"), "admin", "p1").send().status()).isEqualTo(400);
    }

    @Test
    void withoutCorsOptionsIsNotAllowed() {
        Reply r = get("/").method("OPTIONS").header("origin", "http://valid.example.com")
                .header("access-control-request-method", "GET").send();
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("access-control-allow-origin")).isNull();
        assertThat(get("/").header("origin", "http://valid.example.com").send()
                .header("access-control-allow-origin")).isNull();
    }
}
