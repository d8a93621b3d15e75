package org.placementledger.server.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.placementledger.server.http.HttpApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;

/** The claims warm-up: its claims run through the ledger and leave nothing behind. */
class ClaimsWarmupHttpTest extends HttpApiTest {

    private ClaimsWarmup warmup;

    @Autowired
    void warmup(CommandGateway commands, PlatformTransactionManager transactions,
                @Qualifier("providerAggregateCache") Cache providerCache) {
        // the tests' JVM turns the warm-ups off (placement.warmup.enabled=false): built here, run by hand
        warmup = new ClaimsWarmup(commands, transactions, providerCache, 0);
    }

    @Test
    void aRoundStoresNoEventAndLeavesNoProviderConsumerOrUsage() {
        long before = lastEventPosition();
        String provider = newUuid();

        assertThat(warmup.round(provider, ClaimsWarmup.CLAIMS_PER_PROVIDER)).isEqualTo(ClaimsWarmup.CLAIMS_PER_PROVIDER);

        assertThat(lastEventPosition()).isEqualTo(before);
        assertThat(get("/resource_providers/" + provider).send().status()).isEqualTo(404);
        assertThat(get("/resource_providers?name=claims-warmup-" + provider).send().json()
                .get("resource_providers")).isEmpty();
        assertThat(get("/audit/resource_providers/" + provider + "/history").send().json().toString())
                .doesNotContain("ResourcesClaimed");
    }

    @Test
    void theWarmupProviderIsNotLeftInTheAggregateCache() {
        String provider = newUuid();
        warmup.round(provider, 3);
        long before = lastEventPosition();

        // A cached copy of the rolled-back aggregate would take these writes for a provider that exists.
        assertThat(put("/resource_providers/" + provider + "/inventories", Map.of("resource_provider_generation", 1,
                "inventories", Map.of("VCPU", Map.of("total", 64)))).send().status()).isEqualTo(404);
        assertThat(put("/allocations/" + newUuid(), Map.of("allocations", Map.of(provider,
                Map.of("resources", Map.of("VCPU", 1))), "project_id", newUuid(), "user_id", newUuid()))
                .version("1.12").send().status()).isEqualTo(400);
        assertThat(lastEventPosition()).isEqualTo(before);

        Reply created = post("/resource_providers", Map.of("uuid", provider, "name", "after-" + provider))
                .version("1.20").send();
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("generation").asInt()).isZero();
    }
}
