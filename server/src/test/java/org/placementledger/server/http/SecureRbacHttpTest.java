package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.server.PlacementLedgerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The "secure-rbac" profile: master's new defaults only, so admin no longer reshapes. */
@SpringBootTest(classes = PlacementLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"placement.profile=secure-rbac",
                "spring.datasource.url=jdbc:h2:mem:placement-secure-rbac;DB_CLOSE_DELAY=-1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SecureRbacHttpTest extends HttpApiTest {

    private Call as(Call call, String roles) {
        return call.header("x-auth-token", "user").header("x-roles", roles).header("x-project-id", "p1")
                .version("latest");
    }

    @Test
    void onlyServiceMayReshape() {
        assertThat(as(post("/reshaper", Map.of()), "admin").send().status()).isEqualTo(403);
        // the service passes policy and fails validation of the empty body
        assertThat(as(post("/reshaper", Map.of()), "service").send().status()).isEqualTo(400);
    }

    @Test
    void adminStillManagesProviders() {
        assertThat(as(get("/resource_providers"), "admin").send().status()).isEqualTo(200);
        assertThat(as(get("/resource_providers"), "member,reader").send().status()).isEqualTo(403);
    }
}
