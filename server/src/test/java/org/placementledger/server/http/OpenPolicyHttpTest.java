package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.placementledger.server.PlacementLedgerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The "open-policy" profile: a policy file opens every rule to a caller without roles. */
@SpringBootTest(classes = PlacementLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"placement.profile=open-policy",
                "spring.datasource.url=jdbc:h2:mem:placement-open-policy;DB_CLOSE_DELAY=-1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenPolicyHttpTest extends HttpApiTest {

    @Test
    void aCallerWithoutRolesMayCreateAndRead() {
        String uuid = newUuid();
        Reply created = post("/resource_providers", Map.of("name", "open-" + uuid, "uuid", uuid))
                .header("x-auth-token", "user").version("latest").send();
        assertThat(created.status()).isEqualTo(200);
        assertThat(get("/usages?project_id=someone-else").header("x-auth-token", "user").version("latest").send()
                .status()).isEqualTo(200);
    }
}
