package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A replay while the API is written and read (the database is the subclass's): claims keep coming
 * before, during and after the replay, and provider usages are read all along. Every acknowledged
 * claim is in the read models exactly once after the swap (one allocation version, one provider
 * version per claim), the live, candidate and point-in-time answers show it, no read failed meanwhile, and
 * neither shadow nor retired tables remain. A second replay with no writes finds every digest equal.
 */
abstract class ReplayUnderWrites extends HttpApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private final List<String> providers = new ArrayList<>();
    private final Map<String, String> claims = new ConcurrentHashMap<>();  // consumer -> provider
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);

    private void ok(Call call) {
        Reply r = call.version("1.39").send();
        assertThat(r.status()).as(r.raw()).isBetween(200, 204);
    }

    private void claim(int n) {
        String consumer = newUuid();
        String rp = providers.get(n % providers.size());
        Map<String, Object> body = new HashMap<>(Map.of("allocations", Map.of(rp, Map.of("resources",
                Map.of("VCPU", 1))), "project_id", "p", "user_id", "u", "consumer_type", "INSTANCE"));
        body.put("consumer_generation", null);
        Reply r = put("/allocations/" + consumer, body).version("1.39").send();
        if (r.status() == 204) {
            claims.put(consumer, rp);
        } else {
            failures.add("claim: " + r.status() + " " + r.raw());
        }
    }

    /** The provider's versions: its rows, and the generations added to them (';'-separated changes). */
    private long providerVersions(String rp) {
        return jdbc.queryForObject("SELECT COUNT(*) + SUM(CASE WHEN changes = '' THEN 0"
                + " ELSE LENGTH(changes) - LENGTH(REPLACE(changes, ';', '')) + 1 END)"
                + " FROM provider_history WHERE rp_uuid = ?", Long.class, rp);
    }

    private JsonNode replay() throws InterruptedException {
        Reply started = new Call("/audit/replay").method("POST").send();
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        JsonNode status = started.json();
        for (int i = 0; i < 1200 && status.get("state").asText().equals("running"); i++) {
            Thread.sleep(50);
            status = get("/audit/replay").send().json();
        }
        assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
        return status;
    }

    @Test
    void claimsDuringTheReplayAndItsSwapAreAppliedOnceAndReadsNeverFail() throws Exception {
        for (int i = 0; i < 3; i++) {
            String rp = createProvider();
            ok(put("/resource_providers/" + rp + "/inventories", Map.of("resource_provider_generation", 0,
                    "inventories", Map.of("VCPU", Map.of("total", 100_000)))));
            providers.add(rp);
        }
        Map<String, Long> versionsBefore = new HashMap<>();
        providers.forEach(rp -> versionsBefore.put(rp, providerVersions(rp)));
        Thread writer = new Thread(() -> {
            for (int n = 0; writing.get(); n++) {
                claim(n);
            }
        });
        Thread reader = new Thread(() -> {
            for (int n = 0; writing.get(); n++) {
                Reply r = get("/resource_providers/" + providers.get(n % providers.size()) + "/usages").send();
                if (r.status() != 200) {
                    failures.add("usages: " + r.status() + " " + r.raw());
                }
            }
        });
        writer.start();
        reader.start();
        int beforeReplay = claims.size();
        replay();
        int duringReplay = claims.size() - beforeReplay;
        while (claims.size() < beforeReplay + duringReplay + 5 && failures.isEmpty() && writer.isAlive()) {
            Thread.sleep(10);
        }
        writing.set(false);
        writer.join();
        reader.join();

        assertThat(duringReplay).as("claims acknowledged while the replay ran").isPositive();
        assertThat(failures).isEmpty();
        String now = Instant.now().toString();
        for (String rp : providers) {
            long held = claims.values().stream().filter(rp::equals).count();
            JsonNode usages = get("/resource_providers/" + rp + "/usages").send().json();
            assertThat(usages.at("/usages/VCPU").asLong()).isEqualTo(held);
            // Claims in one millisecond are one state of the provider's history, so at most one state per claim.
            assertThat(providerVersions(rp)).as("provider states")
                    .isGreaterThanOrEqualTo(versionsBefore.get(rp) + Math.min(held, 1))
                    .isLessThanOrEqualTo(versionsBefore.get(rp) + held);
            assertThat(get("/audit/resource_providers/" + rp + "/usages?at=" + now).send().json().at("/usages/VCPU")
                    .asLong()).as("the provider's usage in its history").isEqualTo(held);
            JsonNode candidates = get("/allocation_candidates?resources=VCPU:1&in_tree=" + rp).version("1.39").send().json();
            assertThat(candidates.at("/provider_summaries/" + rp + "/resources/VCPU/used").asLong())
                    .as("the candidate index after the swap").isEqualTo(held);
        }
        claims.forEach((consumer, rp) -> {
            assertThat(jdbc.queryForList("SELECT allocations FROM consumer_history WHERE consumer_uuid = ?",
                    String.class, consumer)).containsExactly(rp + ":VCPU=1");
            JsonNode then = get("/audit/allocations/" + consumer + "?at=" + now).send().json();
            assertThat(then.at("/allocations/" + rp + "/resources/VCPU").asLong()).isEqualTo(1);
        });
        assertThat(spareTables()).isEmpty();

        replay().get("read_models").forEach(m -> assertThat(m.get("equal").asBoolean()).as(m.toString()).isTrue());
    }

    private List<String> spareTables() throws SQLException {
        List<String> spare = new ArrayList<>();
        try (Connection c = jdbc.getDataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase();
                if (name.endsWith("_replay") || name.endsWith("_retired")) {
                    spare.add(name);
                }
            }
        }
        return spare;
    }
}
