package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Health probes and Prometheus metrics beside the API, on its port under /actuator (docs/operations.md). */
class OperationsHttpTest extends HttpApiTest {

    @Autowired
    private UsagePropertyProvider axonUsage;

    @Test
    void theServerDoesNotCallAxonIqHome() {
        // Axon's update checker would report usage data to AxonIQ at start-up unless this says disabled.
        assertThat(axonUsage.getDisabled()).isTrue();
    }

    @Test
    void healthAndItsProbesAnswerUp() {
        Reply health = new Call("/actuator/health").header("x-auth-token", "").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").send().json().at("/status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").send().json().at("/status").asText()).isEqualTo("UP");
        // no details: nothing about the database but its state
        assertThat(health.raw()).doesNotContain("H2").doesNotContain("jdbc");
    }

    @Test
    void prometheusCountsPlacementRequestsByRoutePatternStatusAndMicroversion() {
        String uuid = createProvider();
        assertThat(get("/resource_providers/" + uuid).version("1.14").send().status()).isEqualTo(200);
        assertThat(get("/resource_providers/" + newUuid()).version("1.14").send().status()).isEqualTo(404);

        String metrics = scrape();
        assertThat(metrics).contains("placement_requests_seconds_count{application=\"placement-ledger\","
                + "method=\"GET\",microversion=\"1.14\",route=\"/resource_providers/{uuid}\",status=\"200\"}");
        assertThat(metrics).contains("placement_requests_seconds_count{application=\"placement-ledger\","
                + "method=\"GET\",microversion=\"1.14\",route=\"/resource_providers/{uuid}\",status=\"404\"}");
        assertThat(metrics).contains("placement_commands_seconds_count{application=\"placement-ledger\","
                + "command=\"CreateResourceProviderCommand\",outcome=\"success\"}");
        assertThat(metrics).contains("placement_requests_seconds_bucket{");
        assertThat(metrics).doesNotContain("/resource_providers/" + uuid);
    }

    @Test
    void claimsAreCountedAcceptedOrRefused() {
        String rp = createProvider();
        put("/resource_providers/" + rp + "/inventories",
                Map.of("resource_provider_generation", 0, "inventories", Map.of("VCPU", Map.of("total", 2))))
                .send();
        put("/allocations/" + newUuid(), Map.of("allocations", Map.of(rp, Map.of("resources", Map.of("VCPU", 1))),
                "project_id", newUuid(), "user_id", newUuid())).version("1.12").send();
        Reply refused = put("/allocations/" + newUuid(), Map.of("allocations",
                Map.of(rp, Map.of("resources", Map.of("VCPU", 3))), "project_id", newUuid(), "user_id", newUuid()))
                .version("1.12").send();
        assertThat(refused.status()).isEqualTo(409);

        String metrics = scrape();
        assertThat(metrics).containsPattern("placement_claims_total\\{application=\"placement-ledger\","
                + "code=\"none\",outcome=\"accepted\"} [1-9]");
        assertThat(metrics).containsPattern("placement_claims_total\\{application=\"placement-ledger\","
                + "code=\"[a-z_.]+\",outcome=\"refused\"} [1-9]");
    }

    @Test
    void thePoolsShowTheirConfiguredSizes() {
        String metrics = scrape();
        assertThat(metrics).containsPattern("tomcat_threads_config_max_threads\\{[^}]*\\} 200\\.0");
        assertThat(metrics).containsPattern("hikaricp_connections_max\\{[^}]*\\} 10\\.0");
    }

    @Test
    void theCandidatesIndexShowsItsLagBehindTheEventStore() {
        // A single H2 node has no other writer to follow: the gauges are there, and 0 behind.
        String metrics = scrape();
        assertThat(metrics).containsPattern("placement_index_lag_events\\{[^}]*\\} [0-9]+\\.0");
        assertThat(metrics).containsPattern("placement_index_lag_seconds\\{[^}]*\\} [0-9.]+");
    }

    @Test
    void nothingButHealthAndPrometheusIsExposed() {
        for (String endpoint : new String[] {"env", "configprops", "beans", "heapdump", "metrics", "loggers"}) {
            assertThat(get("/actuator/" + endpoint).send().status()).as(endpoint).isEqualTo(404);
        }
    }

    private String scrape() {
        Reply r = new Call("/actuator/prometheus").header("accept", "text/plain").send();
        assertThat(r.status()).isEqualTo(200);
        return r.raw();
    }
}
