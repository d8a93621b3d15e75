package org.placementledger.server.config.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.server.PlacementLedgerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The claim journal end to end, over HTTP: a claim answered 204 is in the journal although H2 has not
 * written it (its write delay is far longer than the test), so a copy of the data directory taken right
 * after the answer, as a kill would leave it, starts as a ledger that holds the claim: its allocations,
 * the provider's usages and generation, the candidates' capacity and the audit log; and the next claim
 * gets a fresh global index.
 */
class ClaimJournalHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST_ID = "req-" + UUID.randomUUID();

    @TempDir
    Path dir;

    private static ConfigurableApplicationContext ledger(Path data) {
        SpringApplication app = new SpringApplication(PlacementLedgerApplication.class);
        app.setRegisterShutdownHook(false);
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        return app.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("placement")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=1000000;MAX_LENGTH_INPLACE_LOB=4096",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
                "--server.address=127.0.0.1", "--management.server.port=-1",
                "--management.metrics.use-global-registry=false", "--placement.profile=default",
                "--placement.auth.strategy=noauth2", "--placement.warmup.enabled=false",
                "--placement.request-log=false", "--placement.journal.checkpoint-millis=3600000");
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext ledger, String method, String path,
            String body) throws Exception {
        String port = ledger.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("x-auth-token", "admin").header("openstack-api-version", "placement 1.39")
                .header("accept", "application/json").header("x-openstack-request-id", REQUEST_ID)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(ConfigurableApplicationContext ledger, String path) throws Exception {
        HttpResponse<String> response = send(ledger, "GET", path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String claim(String rp, int vcpus) {
        return "{\"allocations\": {\"" + rp + "\": {\"resources\": {\"VCPU\": " + vcpus + "}}},"
                + " \"consumer_generation\": null, \"project_id\": \"p\", \"user_id\": \"u\", \"consumer_type\": \"INSTANCE\"}";
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** The consumer's events in a copy of {@code data}'s H2 file, opened by H2 alone (no journal). */
    private long eventsOf(String consumer, Path data) throws Exception {
        Path look = dir.resolve("look");
        copy(data, look);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + look.resolve("placement"), "sa", "");
                Statement q = c.createStatement();
                ResultSet rs = q.executeQuery("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '"
                        + consumer + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anAnsweredClaimSurvivesAKillBeforeH2WritesIt() throws Exception {
        Path live = dir.resolve("live");
        Path killed = dir.resolve("killed");
        String rp = UUID.randomUUID().toString();
        String consumer = UUID.randomUUID().toString();
        try (ConfigurableApplicationContext first = ledger(live)) {
            assertThat(send(first, "POST", "/resource_providers", "{\"uuid\": \"" + rp + "\", \"name\": \"journal-" + rp
                    + "\"}").statusCode()).isEqualTo(200);
            assertThat(send(first, "PUT", "/resource_providers/" + rp + "/inventories", "{\"resource_provider_generation\":"
                    + " 0, \"inventories\": {\"VCPU\": {\"total\": 8}}}").statusCode()).isEqualTo(200);

            HttpResponse<String> claimed = send(first, "PUT", "/allocations/" + consumer, claim(rp, 3));
            assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);

            copy(live, killed);
        }
        assertThat(ClaimJournal.segments(killed)).isNotEmpty();
        assertThat(eventsOf(consumer, killed)).as("H2 had not written the claim").isZero();

        try (ConfigurableApplicationContext restarted = ledger(killed)) {
            assertThat(get(restarted, "/allocations/" + consumer).at("/allocations/" + rp + "/resources/VCPU").asInt())
                    .isEqualTo(3);
            assertThat(get(restarted, "/resource_providers/" + rp + "/usages").at("/usages/VCPU").asInt()).isEqualTo(3);
            assertThat(get(restarted, "/resource_providers/" + rp).get("generation").asInt()).isEqualTo(2);
            assertThat(get(restarted, "/allocation_candidates?resources=VCPU:5").get("allocation_requests")).hasSize(1);
            assertThat(get(restarted, "/allocation_candidates?resources=VCPU:6").get("allocation_requests")).isEmpty();
            assertThat(get(restarted, "/audit/consumers/" + consumer + "/history").toString())
                    .contains(REQUEST_ID);
            assertThat(killed.resolve(JournalRecovery.REPLAY_OWED)).doesNotExist();

            String next = UUID.randomUUID().toString();
            assertThat(send(restarted, "PUT", "/allocations/" + next, claim(rp, 5)).statusCode()).isEqualTo(204);
            assertThat(send(restarted, "PUT", "/allocations/" + UUID.randomUUID(), claim(rp, 1)).statusCode())
                    .isEqualTo(409);
            assertThat(get(restarted, "/resource_providers/" + rp + "/usages").at("/usages/VCPU").asInt()).isEqualTo(8);
        }
    }
}
