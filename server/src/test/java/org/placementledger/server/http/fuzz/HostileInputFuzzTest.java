package org.placementledger.server.http.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.placementledger.server.http.HttpApiTest;
import org.placementledger.server.http.RouteTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Thousands of malformed, oversized, wrongly typed and random requests at every route (a seeded
 * corpus: -Dfuzz.seed, -Dfuzz.requests): never a 5xx, never a stack trace, class name or SQL in an
 * answer, every error in Placement's format, and no stored change by any request answered 4xx.
 */
class HostileInputFuzzTest extends HttpApiTest {

    private static final Pattern LEAK = Pattern.compile("(?i)exception|\\tat |\\.java:\\d|\\bjava\\.(lang|util|io|sql)"
            + "|\\b(org\\.(placementledger|axonframework|springframework|hibernate|h2|apache)|com\\.(fasterxml|networknt"
            + "|zaxxer)|jakarta\\.)|sqlstate|syntax error|select .* from |insert into |jdbc|hikari"
            // a Java method reference such as StreamReadConstraints.getMaxNestingDepth()
            + "|(?-i:[A-Z][a-z]+[A-Z]\\w*\\.[a-z]\\w*\\()");

    @Autowired
    private RouteTable routes;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void hostileRequestsGetPlacementErrorsAndChangeNothing() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20261122L);
        int count = Integer.getInteger("fuzz.requests", 8000);
        FuzzCorpus corpus = new FuzzCorpus(seed, routes.routes().stream()
                .map(r -> Map.entry(r.method(), r.pattern())).toList(),
                knownValues());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int serverErrors = 0;
        int changes = 0;
        java.util.Set<String> details = new java.util.TreeSet<>();
        long started = System.nanoTime();
        StoreDigest store = new StoreDigest(jdbc);
        StoreDigest.State before = store.state();
        for (int i = 0; i < count; i++) {
            FuzzRequest request = corpus.next();
            if (request.describe().toLowerCase(java.util.Locale.ROOT).startsWith("post /audit/replay")) {
                // Not sent: an accepted one rebuilds the read models in the background, changing the
                // store while later (refused) requests are checked for changing nothing.
                continue;
            }
            RawHttp.Answer answer = RawHttp.send(port, request);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500 || answer.status() < 0) {
                serverErrors++;
            }
            String problem = problem(request, answer);
            details.add(answer.status() + " " + answer.body().replaceAll("req-[0-9a-f-]+|[0-9a-f-]{36}", "ID"));
            StoreDigest.State after = store.state();
            if (problem == null && answer.status() >= 400 && !after.equals(before)) {
                problem = "a refused request changed the store: " + before + " -> " + after;
            }
            if (problem != null) {
                failures.add("#" + i + " " + request.describe() + "\n  => " + problem + "\n  " + cut(answer.raw()));
            }
            changes += after.equals(before) ? 0 : 1;
            before = after;
        }
        System.out.printf("fuzz: %d requests sent (seed %d) in %d s, 5xx found: %d, statuses %s, stored changes %d,"
                + " failures %d%n", count, seed, (System.nanoTime() - started) / 1_000_000_000, serverErrors, statuses,
                changes, failures.size());
        failures.stream().limit(20).forEach(System.out::println);
        if (Boolean.getBoolean("fuzz.details")) {
            details.forEach(System.out::println);
        }
        assertThat(serverErrors).as("5xx answers").isZero();
        assertThat(failures).as("requests answered wrongly").isEmpty();
        assertThat(changes).as("accepted writes show in the digest").isPositive();
        assertThat(statuses.keySet()).as("the corpus reaches handlers, refusals and successes")
                .contains(200, 400, 404, 405, 413, 415);
    }

    /** What is wrong with an answer, or null. */
    private static String problem(FuzzRequest request, RawHttp.Answer answer) {
        if (answer.status() < 0) {
            return "no HTTP answer";
        }
        if (answer.status() >= 500) {
            return "server error";
        }
        if (LEAK.matcher(answer.raw()).find()) {
            return "internals in the answer";
        }
        if (answer.status() < 400 || "HEAD".equals(request.method())) {
            return null;
        }
        String body = answer.body();
        if (body.startsWith("<html>")) {
            return body.contains("<title>" + answer.status() + " ") ? null : "HTML error of another status";
        }
        if (answer.headers().getOrDefault("content-type", "").startsWith("text/plain")) {
            // webob's plain form, for an Accept that takes neither JSON nor HTML
            return body.startsWith(answer.status() + " ") ? null : "plain error of another status";
        }
        try {
            JsonNode error = JSON.readTree(body).path("errors").path(0);
            boolean placement = error.path("status").asInt() == answer.status() && error.path("title").isTextual()
                    && error.path("detail").isTextual() && error.path("request_id").asText().startsWith("req-");
            return placement ? null : "not a Placement error body";
        } catch (IOException e) {
            return "error body is not JSON";
        }
    }

    private static String cut(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    /** Real providers, classes, traits and a consumer, so that generated paths also reach existing things. */
    private Map<String, List<String>> knownValues() {
        String parent = createProvider();
        String child = newUuid();
        post("/resource_providers", Map.of("name", "fuzz-child-" + child, "uuid", child,
                "parent_provider_uuid", parent)).version("1.14").send();
        String consumer = newUuid();
        get("/resource_classes/CUSTOM_FUZZ_RC").method("PUT").version("1.7").send();
        get("/traits/CUSTOM_FUZZ_T").method("PUT").version("1.6").send();
        put("/resource_providers/" + parent + "/inventories", Map.of("resource_provider_generation", 0,
                "inventories", Map.of("VCPU", Map.of("total", 8), "CUSTOM_FUZZ_RC", Map.of("total", 4)))).send();
        Map<String, Object> allocation = new java.util.HashMap<>(Map.of("allocations",
                Map.of(parent, Map.of("resources", Map.of("VCPU", 1))), "project_id", newUuid(), "user_id", newUuid()));
        allocation.put("consumer_generation", null);
        put("/allocations/" + consumer, allocation).version("1.28").send();
        return Map.of("uuid", List.of(parent, child), "consumer_uuid", List.of(consumer),
                "resource_class", List.of("VCPU", "DISK_GB", "CUSTOM_FUZZ_RC"),
                "name", List.of("CUSTOM_FUZZ_RC", "CUSTOM_FUZZ_T", "VCPU", "HW_CPU_X86_AVX"));
    }
}
