package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.placementledger.server.http.HttpApiTest.Reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many claims at once, over HTTP, at a few providers whose capacity admits only some of them, sent
 * round-robin to one or more server nodes; then a check of the ledger from every node. Claims take
 * one, two or three providers (named in random order), and now and then two claims race for the same
 * new consumer.
 */
final class ClaimRace {

    static final int VCPU = 200;
    static final int MEMORY_MB = 16384;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Claim(String consumer, Map<String, Map<String, Integer>> wants) {
    }

    record Outcome(Claim claim, int node, int status, String code, String raw) {
    }

    private final List<PlacementClient> nodes;
    final List<String> providers = new ArrayList<>();

    ClaimRace(List<PlacementClient> nodes) {
        this.nodes = nodes;
    }

    ClaimRace createProviders(int count) {
        PlacementClient node = nodes.get(0);
        for (int i = 0; i < count; i++) {
            String uuid = UUID.randomUUID().toString();
            assertThat(node.post("/resource_providers", Map.of("name", "race-" + uuid, "uuid", uuid), "1.20")
                    .status()).isEqualTo(200);
            Reply inv = node.put("/resource_providers/" + uuid + "/inventories", Map.of("resource_provider_generation", 0,
                    "inventories", Map.of("VCPU", Map.of("total", VCPU), "MEMORY_MB", Map.of("total", MEMORY_MB))), "1.20");
            assertThat(inv.status()).as(inv.raw()).isEqualTo(200);
            providers.add(uuid);
        }
        return this;
    }

    List<Claim> plan(int count, long seed) {
        Random random = new Random(seed);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> order = new ArrayList<>(providers);
            Collections.shuffle(order, random);
            Map<String, Map<String, Integer>> wants = new LinkedHashMap<>();
            int kind = random.nextInt(20);
            if (kind < 11) {
                wants.put(order.get(0), Map.of("VCPU", 1 + random.nextInt(3)));
            } else if (kind < 18) {
                wants.put(order.get(0), Map.of("VCPU", 1 + random.nextInt(2)));
                wants.put(order.get(1), Map.of("MEMORY_MB", 128 * (1 + random.nextInt(4))));
            } else {
                order.forEach(rp -> wants.put(rp, Map.of("VCPU", 1)));
            }
            // Every 25th claim races the one before it for the same new consumer.
            String consumer = i % 25 == 24 ? claims.get(i - 1).consumer() : UUID.randomUUID().toString();
            claims.add(new Claim(consumer, wants));
        }
        return claims;
    }

    List<Outcome> run(List<Claim> claims, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                Claim claim = claims.get(i);
                int node = i % nodes.size();
                futures.add(pool.submit(() -> send(claim, node)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome send(Claim claim, int node) {
        Map<String, Object> allocations = new LinkedHashMap<>();
        claim.wants().forEach((rp, resources) -> allocations.put(rp, Map.of("resources", resources)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("allocations", allocations);
        body.put("project_id", "race");
        body.put("user_id", "race");
        body.put("consumer_generation", null);
        Reply r = nodes.get(node).put("/allocations/" + claim.consumer(), body, "1.28");
        String code = r.status() == 204 ? null : errorCode(r.raw());
        return new Outcome(claim, node, r.status(), code, r.raw());
    }

    private static String errorCode(String raw) {
        try {
            return JSON.readTree(raw).at("/errors/0/code").asText(null);
        } catch (Exception e) {
            return null;
        }
    }

    /** What the accepted claims add up to, per provider and class. */
    Map<String, Map<String, Long>> expectedUsage(List<Outcome> outcomes) {
        Map<String, Map<String, Long>> usage = new TreeMap<>();
        providers.forEach(rp -> usage.put(rp, new TreeMap<>(Map.of("VCPU", 0L, "MEMORY_MB", 0L))));
        outcomes.stream().filter(o -> o.status() == 204).forEach(o -> o.claim().wants().forEach((rp, resources) ->
                resources.forEach((rc, n) -> usage.get(rp).merge(rc, (long) n, Long::sum))));
        return usage;
    }

    /** The ledger as every node reports it must be exactly the accepted claims, within capacity. */
    void verify(List<Outcome> outcomes) {
        List<Outcome> odd = outcomes.stream().filter(o -> o.status() != 204 && o.status() != 409).toList();
        assertThat(odd).as("answers other than 204 or 409").isEmpty();
        outcomes.stream().filter(o -> o.status() == 409).forEach(o -> {
            assertThat(o.code()).as(o.raw()).startsWith("placement.");
            assertThat(o.raw()).doesNotContain("Exception").doesNotContain("\tat ");
        });
        Map<String, List<Outcome>> byConsumer = new LinkedHashMap<>();
        outcomes.forEach(o -> byConsumer.computeIfAbsent(o.claim().consumer(), k -> new ArrayList<>()).add(o));
        Map<String, Map<String, Long>> expected = expectedUsage(outcomes);
        for (int n = 0; n < nodes.size(); n++) {
            PlacementClient node = nodes.get(n);
            for (String rp : providers) {
                JsonNode usages = node.get("/resource_providers/" + rp + "/usages", "1.28").json().get("usages");
                assertThat(usages.get("VCPU").asLong()).as("VCPU usage on %s via node %d", rp, n)
                        .isEqualTo(expected.get(rp).get("VCPU")).isLessThanOrEqualTo(VCPU);
                assertThat(usages.get("MEMORY_MB").asLong()).as("MEMORY_MB usage on %s via node %d", rp, n)
                        .isEqualTo(expected.get(rp).get("MEMORY_MB")).isLessThanOrEqualTo(MEMORY_MB);
            }
            int i = 0;
            for (Map.Entry<String, List<Outcome>> e : byConsumer.entrySet()) {
                // Each consumer is read from one node, all nodes in turn.
                if (i++ % nodes.size() != n) {
                    continue;
                }
                List<Outcome> won = e.getValue().stream().filter(o -> o.status() == 204).toList();
                assertThat(won).as("accepted claims of consumer %s", e.getKey()).hasSizeLessThanOrEqualTo(1);
                JsonNode held = node.get("/allocations/" + e.getKey(), "1.28").json().get("allocations");
                Map<String, Map<String, Integer>> actual = new TreeMap<>();
                held.fields().forEachRemaining(p -> actual.put(p.getKey(),
                        JSON.convertValue(p.getValue().get("resources"), Map.class)));
                assertThat(actual).as("allocations of consumer %s", e.getKey())
                        .isEqualTo(won.isEmpty() ? Map.of() : new TreeMap<>(won.get(0).claim().wants()));
            }
        }
    }

    /**
     * The write side agrees with what was read: on each provider the last node can claim exactly the
     * VCPU left, and then the first node cannot claim one more.
     */
    void verifyEveryNodeSeesTheSameCapacityLeft(List<Outcome> outcomes) {
        Map<String, Map<String, Long>> used = expectedUsage(outcomes);
        for (String rp : providers) {
            long left = VCPU - used.get(rp).get("VCPU");
            if (left > 0) {
                Claim rest = new Claim(UUID.randomUUID().toString(), Map.of(rp, Map.of("VCPU", (int) left)));
                Outcome r = send(rest, nodes.size() - 1);
                assertThat(r.status()).as("claim of the %d VCPU left on %s: %s", left, rp, r.raw()).isEqualTo(204);
            }
            Outcome more = send(new Claim(UUID.randomUUID().toString(), Map.of(rp, Map.of("VCPU", 1))), 0);
            assertThat(more.status()).as("claim beyond capacity on %s: %s", rp, more.raw()).isEqualTo(409);
        }
    }

    String summary(String name, List<Outcome> outcomes, int threads) {
        Map<String, Long> refusals = new TreeMap<>();
        outcomes.stream().filter(o -> o.status() != 204)
                .forEach(o -> refusals.merge(o.status() + " " + o.code(), 1L, Long::sum));
        long accepted = outcomes.stream().filter(o -> o.status() == 204).count();
        return "[reliability] " + name + ": " + outcomes.size() + " claims from " + threads + " threads to "
                + nodes.size() + " node(s) at " + providers.size() + " providers: " + accepted + " accepted, "
                + (outcomes.size() - accepted) + " refused " + refusals + "; usage " + expectedUsage(outcomes);
    }
}
