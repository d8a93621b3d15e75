package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The ops dashboard over real HTTP: its data route (content, who may read it, errors) and its static page. */
class DashboardHttpTest extends HttpApiTest {

    /** A provider named to sort before the other tests' "rp-..." ones, with {@code vcpus} VCPUs; its uuid. */
    private String providerWithVcpus(String label, int vcpus) {
        String uuid = newUuid();
        assertThat(post("/resource_providers", Map.of("name", "!dash-" + label + "-" + uuid, "uuid", uuid)).send()
                .status()).isEqualTo(201);
        assertThat(put("/resource_providers/" + uuid + "/inventories", Map.of("resource_provider_generation", 0,
                "inventories", Map.of("VCPU", Map.of("total", vcpus), "MEMORY_MB", Map.of("total", 1024)))).send()
                .status()).isEqualTo(200);
        return uuid;
    }

    private Reply claim(String rp, Map<String, Integer> resources) {
        return put("/allocations/" + newUuid(), Map.of("allocations", Map.of(rp, Map.of("resources", resources)),
                "project_id", newUuid(), "user_id", newUuid())).version("1.12").send();
    }

    @Test
    void theDataShowUtilizationTheFullestRatesLagAndTheNewestEvents() {
        String half = providerWithVcpus("half", 8);
        String full = providerWithVcpus("full", 2);
        assertThat(claim(half, Map.of("VCPU", 4, "MEMORY_MB", 256)).status()).isEqualTo(204);
        assertThat(claim(full, Map.of("VCPU", 2)).status()).isEqualTo(204);
        assertThat(claim(full, Map.of("VCPU", 1)).status()).isEqualTo(409);

        Reply reply = get("/dashboard/data").send();
        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json();

        JsonNode halfRow = provider(data, half);
        assertThat(halfRow.get("name").asText()).startsWith("!dash-half-");
        assertThat(halfRow.get("max_utilization").asDouble()).isEqualTo(0.5);
        assertThat(halfRow.get("resources")).hasSize(2);
        JsonNode vcpu = halfRow.get("resources").get(1);
        assertThat(vcpu.get("resource_class").asText()).isEqualTo("VCPU");
        assertThat(vcpu.get("capacity").asLong()).isEqualTo(8);
        assertThat(vcpu.get("used").asLong()).isEqualTo(4);
        assertThat(vcpu.get("utilization").asDouble()).isEqualTo(0.5);
        assertThat(halfRow.at("/resources/0/utilization").asDouble()).isEqualTo(0.25);
        assertThat(provider(data, full).get("max_utilization").asDouble()).isEqualTo(1.0);
        assertThat(data.get("provider_count").asInt()).isGreaterThanOrEqualTo(2);

        // The fullest, fullest first: ours (100%) among them unless ten others are at least as full.
        List<Double> shares = new ArrayList<>();
        data.get("fullest").forEach(p -> shares.add(p.get("max_utilization").asDouble()));
        assertThat(shares).isSortedAccordingTo((a, b) -> Double.compare(b, a)).hasSizeLessThanOrEqualTo(10);
        boolean listed = false;
        for (JsonNode p : data.get("fullest")) {
            listed |= p.get("uuid").asText().equals(full);
        }
        assertThat(listed || (shares.size() == 10 && shares.get(9) >= 1.0)).isTrue();

        JsonNode rates = data.get("rates");
        assertThat(rates.get("bucket_seconds").asInt()).isEqualTo(10);
        assertThat(rates.get("buckets")).hasSize(60);
        long claims = 0;
        long conflicts = 0;
        for (JsonNode b : rates.get("buckets")) {
            claims += b.get("claims").asLong();
            conflicts += b.get("conflicts").asLong();
        }
        assertThat(claims).isGreaterThanOrEqualTo(2);
        assertThat(conflicts).isGreaterThanOrEqualTo(1);
        assertThat(rates.get("claims_per_second").asDouble()).isPositive();

        JsonNode lag = data.get("projection_lag");
        assertThat(lag.at("/read_models/lag_events").asInt()).isZero();
        assertThat(lag.at("/candidate_index/changes_applied").asLong()).isPositive();
        assertThat(lag.at("/candidate_index/last_applied_at").isTextual()).isTrue();
        assertThat(lag.at("/last_event/position").asLong())
                .isEqualTo(data.at("/recent_events/0/position").asLong());

        JsonNode events = data.get("recent_events");
        // this test wrote eight events (2 providers, 2 inventories, 2 claims of a claim and a consumer event each)
        assertThat(events).hasSizeBetween(8, 20);
        assertThat(events.get(0).get("position").asLong()).isGreaterThan(events.get(1).get("position").asLong());
        JsonNode claimed = null;
        for (JsonNode e : events) {
            if (e.get("type").asText().equals("ResourcesClaimedEvent") && e.get("aggregate_id").asText().equals(full)) {
                claimed = e;
            }
        }
        assertThat(claimed).isNotNull();
        assertThat(claimed.get("aggregate_type").asText()).isEqualTo("ResourceProvider");
        assertThat(claimed.get("request_id").asText()).startsWith("req-");
        assertThat(claimed.get("timestamp").asText()).isNotEmpty();
    }

    private static JsonNode provider(JsonNode data, String uuid) {
        for (JsonNode p : data.get("providers")) {
            if (p.get("uuid").asText().equals(uuid)) {
                return p;
            }
        }
        throw new AssertionError("provider " + uuid + " not listed");
    }

    @Test
    void adminAndAuditorMayReadTheDataOthersMayNotAndATokenIsRequired() {
        assertThat(get("/dashboard/data").header("x-auth-token", "eve:audit").header("x-roles", "auditor").send()
                .status()).isEqualTo(200);
        Reply member = get("/dashboard/data").header("x-auth-token", "mallory:proj").header("x-roles", "member").send();
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.json().at("/errors/0/detail").asText())
                .contains("Policy does not allow dashboard:read to be performed.");
        assertThat(member.json().at("/errors/0/request_id").asText()).startsWith("req-");

        Reply anonymous = get("/dashboard/data").header("x-auth-token", "").send();
        Reply none = anonymousGet("/dashboard/data").send();
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().at("/errors/0/title").asText()).isEqualTo("Unauthorized");
        assertThat(anonymous.status()).isIn(401, 403);
    }

    @Test
    void unknownParametersAre400() {
        Reply r = get("/dashboard/data?top=5").send();
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/detail").asText()).contains("Unknown query parameter 'top'");
    }

    @Test
    void thePageAndItsFilesNeedNoTokenAndHoldNoData() {
        Reply page = anonymousGet("/dashboard").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.header("content-security-policy")).contains("default-src 'none'").contains("script-src 'self'");
        assertThat(page.raw()).contains("/dashboard/assets/dashboard.js").contains("id=\"token\"")
                .doesNotContain("<script>");
        Reply script = anonymousGet("/dashboard/assets/dashboard.js").send();
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("content-type")).startsWith("text/javascript");
        assertThat(script.raw()).contains("X-Auth-Token").contains("sessionStorage");
        assertThat(anonymousGet("/dashboard/assets/dashboard.css").send().header("content-type")).startsWith("text/css");

        Reply missing = anonymousGet("/dashboard/assets/secrets.txt").send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/errors/0/title").asText()).isEqualTo("Not Found");
        Reply post = new Call("/dashboard").header("x-auth-token", "admin").method("POST").json("{}").send();
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("allow")).isEqualTo("GET, HEAD");
        assertThat(post.json().at("/errors/0/status").asInt()).isEqualTo(405);
    }
}
