package org.placementledger.server.handlers;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.placementledger.server.PlacementLedgerApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up warm-up on a scratch ledger, the last before readiness. {@link ClaimsWarmup} rolls its
 * claims back, so what runs only when a claim commits (H2's commit, its page serialization and
 * chunk bookkeeping) and the HTTP path of a PUT are still compiled during the first scheduler
 * claims (docs/performance.md, session 9). Here a second instance of this application, on an empty
 * H2 store in a temporary directory, bound to the loopback address on a free port, is sent
 * {@code placement.warmup.scratch-claims} claims over HTTP as the shared benchmark sends them (ten
 * clients, a connection per request): providers and inventories first, then claims, most on one
 * provider of the benchmark's flat shape and one in ten on three providers of a tree of its nested
 * shape, then a release for every third claim; all committed to that scratch store. Then it is closed and its directory deleted.
 * Compiled code belongs to the JVM, not to a Spring context, so this ledger's claims then run on
 * it; nothing reaches this ledger's store, its request log or its metrics. Only where this ledger
 * is on H2 in file mode (the embedded default): under the postgres profile the scratch store would
 * compile H2's code, not the driver this ledger uses.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "placement.warmup.enabled", havingValue = "true", matchIfMissing = true)
public class ScratchLedgerWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(ScratchLedgerWarmup.class);
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final int CLIENTS = 10;
    /** Claims per round; after each, the JIT is let go quiet ({@link #awaitQuietJit}). */
    private static final int ROUND = 1000;
    private static final long JIT_QUIET_MS = 200;
    private static final long JIT_WAIT_MS = 5000;
    /** One claim in this many is on a tree (three providers), the rest on one provider, as the benchmark's modes. */
    private static final int TREE_CLAIM_EVERY = 10;
    /** The shared benchmark's flat provider (as {@link ClaimsWarmup}'s) and its claim. */
    private static final String FLAT_INVENTORY = inventories("\"VCPU\":{\"total\":32,\"max_unit\":16},"
            + "\"MEMORY_MB\":{\"total\":8192,\"min_unit\":128,\"max_unit\":8192},"
            + "\"DISK_GB\":{\"total\":8192,\"min_unit\":5,\"max_unit\":8192}");
    private static final String FLAT_CLAIM = "\"%s\":{\"resources\":{\"VCPU\":1,\"MEMORY_MB\":256,\"DISK_GB\":10}}";
    /** Its nested tree, the part a claim lands on: compute node, NUMA node, two FPGAs; two claims fit. */
    private static final String NODE_INVENTORY = inventories("\"DISK_GB\":{\"total\":20480}");
    private static final String NUMA_INVENTORY = inventories("\"VCPU\":{\"total\":4},"
            + "\"MEMORY_MB\":{\"total\":2048,\"min_unit\":256,\"max_unit\":1024}");
    private static final String FPGA_INVENTORY = inventories("\"FPGA\":{\"total\":1}");
    private static final String TREE_CLAIM = "\"%s\":{\"resources\":{\"DISK_GB\":10}},"
            + "\"%s\":{\"resources\":{\"VCPU\":1,\"MEMORY_MB\":256}},\"%s\":{\"resources\":{\"FPGA\":1}}";

    private final int claims;
    private final String datasourceUrl;
    private final String profile;
    private volatile boolean closing;
    private volatile Outcome lastOutcome;

    public ScratchLedgerWarmup(@Value("${placement.warmup.scratch-claims:6000}") int claims,
                               @Value("${spring.datasource.url:}") String datasourceUrl,
                               @Value("${placement.profile:upstream}") String profile) {
        this.claims = claims;
        this.datasourceUrl = datasourceUrl;
        this.profile = profile;
    }

    /** What a warm-up did: the claims the scratch ledger accepted, and the directory it stored them in. */
    record Outcome(int claims, Path directory) {
    }

    /** Runs in the ready event, after the other warm-ups have started: readiness waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void start() {
        if (claims > 0 && datasourceUrl.startsWith(H2_FILE)) {
            run();
        }
    }

    @EventListener(ContextClosedEvent.class)
    public void stop() {
        closing = true;
    }

    Outcome run() {
        long started = System.nanoTime();
        Path dir = null;
        int done = 0;
        try {
            dir = Files.createTempDirectory("placement-warmup-");
            LOG.info("scratch-ledger warm-up: a second instance of this application on 127.0.0.1, its store in {}"
                    + " (its start and stop are logged below; it is deleted when done)", dir);
            try (ConfigurableApplicationContext scratch = scratchLedger(scratchUrl(datasourceUrl, dir), profile)) {
                int port = ((WebServerApplicationContext) scratch).getWebServer().getPort();
                done = drive(new LoopbackHttp(InetAddress.getLoopbackAddress(), port));
            }
            LOG.info("scratch-ledger warm-up: {} claims committed to a scratch store in {} ms", done,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException | ExecutionException e) {
            // a warm-up that fails (e.g. the context closing under it) only leaves the JIT colder
            LOG.info("scratch-ledger warm-up stopped after {} claims: {}", done, e.toString());
            LOG.debug("scratch-ledger warm-up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(dir);
        }
        lastOutcome = new Outcome(done, dir);
        return lastOutcome;
    }

    /** The last run's outcome; null before the first. */
    Outcome lastOutcome() {
        return lastOutcome;
    }

    /** This ledger's H2 URL with the scratch directory's file in place of its own; its settings kept. */
    static String scratchUrl(String url, Path dir) {
        int settings = url.indexOf(';');
        return H2_FILE + dir.resolve("placement") + (settings < 0 ? "" : url.substring(settings));
    }

    /**
     * This application again, on the scratch store. Logging is this ledger's (a second logging
     * listener would reset and, at close, tear down the configuration both share); so are the
     * environment's other settings, except for what would collide with this ledger or reach outside.
     */
    private static ConfigurableApplicationContext scratchLedger(String url, String profile) {
        SpringApplication app = new SpringApplication(PlacementLedgerApplication.class);
        app.setRegisterShutdownHook(false);
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        return app.run("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--server.port=0", "--server.address=127.0.0.1",
                "--server.ssl.enabled=false", "--server.servlet.context-path=", "--management.server.port=-1",
                "--management.metrics.use-global-registry=false", "--placement.profile=" + profile,
                "--placement.auth.strategy=noauth2", "--placement.warmup.enabled=false", "--placement.request-log=false");
    }

    /** Providers and trees, claims, releases; returns how many claims were accepted (204). */
    private int drive(LoopbackHttp http) throws InterruptedException, ExecutionException {
        String project = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();
        int treeClaims = 2 * (claims / TREE_CLAIM_EVERY / 2);
        List<String> providers = uuids((claims - treeClaims + ClaimsWarmup.CLAIMS_PER_PROVIDER - 1)
                / ClaimsWarmup.CLAIMS_PER_PROVIDER);
        List<List<String>> trees = new ArrayList<>();
        for (int i = 0; i < treeClaims / 2; i++) {
            trees.add(uuids(4)); // compute node, NUMA node, two FPGAs
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS, r -> {
            Thread thread = new Thread(r, "scratch-warmup");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Callable<Integer>> setup = new ArrayList<>();
            providers.forEach(rp -> setup.add(() -> provider(http, rp, null, FLAT_INVENTORY)));
            trees.forEach(tree -> setup.add(() -> {
                provider(http, tree.get(0), null, NODE_INVENTORY);
                provider(http, tree.get(1), tree.get(0), NUMA_INVENTORY);
                provider(http, tree.get(2), tree.get(1), FPGA_INVENTORY);
                return provider(http, tree.get(3), tree.get(1), FPGA_INVENTORY);
            }));
            inParallel(clients, setup);
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < claims - treeClaims; i++) {
                bodies.add(FLAT_CLAIM.formatted(providers.get(i % providers.size())));
            }
            trees.forEach(tree -> {
                bodies.add(TREE_CLAIM.formatted(tree.get(0), tree.get(1), tree.get(2)));
                bodies.add(TREE_CLAIM.formatted(tree.get(0), tree.get(1), tree.get(3)));
            });
            Collections.shuffle(bodies);
            // In rounds, the JIT let go quiet after each: while C2's queue is long, HotSpot raises the
            // counts at which it takes a method on, so part of the claim path would only reach C2 later.
            for (int from = 0; from < bodies.size(); from += ROUND) {
                inParallel(clients, bodies.subList(from, Math.min(bodies.size(), from + ROUND)).stream()
                        .map(allocations -> (Callable<Integer>) () -> {
                            String consumer = UUID.randomUUID().toString();
                            int status = http.send("PUT", "/allocations/" + consumer, "{\"allocations\":{" + allocations
                                    + "},\"consumer_generation\":null,\"project_id\":\"" + project
                                    + "\",\"user_id\":\"" + user + "\",\"consumer_type\":\"TEST\"}");
                            if (status == 204) {
                                claimed.add(consumer);
                            }
                            return status;
                        }).toList());
                awaitQuietJit();
            }
            List<Callable<Integer>> releases = new ArrayList<>();
            for (int i = 0; i < claimed.size(); i += 3) {
                String consumer = claimed.get(i);
                releases.add(() -> http.send("DELETE", "/allocations/" + consumer, null));
            }
            inParallel(clients, releases);
            awaitQuietJit();
            return claimed.size();
        } finally {
            clients.shutdownNow();
        }
    }

    /** Waits (at most {@code JIT_WAIT_MS}) until the JIT compilers have done nothing for a while. */
    private void awaitQuietJit() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + JIT_WAIT_MS * 1_000_000L;
        long before = jit.getTotalCompilationTime();
        while (!closing && System.nanoTime() < deadline) {
            Thread.sleep(JIT_QUIET_MS);
            long now = jit.getTotalCompilationTime();
            if (now == before) {
                return;
            }
            before = now;
        }
    }

    private static int provider(LoopbackHttp http, String uuid, String parent, String inventories) throws IOException {
        http.send("POST", "/resource_providers", "{\"uuid\":\"" + uuid + "\",\"name\":\"scratch-warmup-" + uuid + "\""
                + (parent == null ? "" : ",\"parent_provider_uuid\":\"" + parent + "\"") + "}");
        return http.send("PUT", "/resource_providers/" + uuid + "/inventories", inventories);
    }

    private static String inventories(String inventories) {
        return "{\"resource_provider_generation\":0,\"inventories\":{" + inventories + "}}";
    }

    private static List<String> uuids(int count) {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uuids.add(UUID.randomUUID().toString());
        }
        return uuids;
    }

    /** Runs the requests on the clients and waits for them all; a request not sent once closing began is skipped. */
    private void inParallel(ExecutorService clients, List<Callable<Integer>> requests)
            throws InterruptedException, ExecutionException {
        List<Future<Integer>> sent = new ArrayList<>();
        for (Callable<Integer> request : requests) {
            sent.add(clients.submit(() -> closing ? -1 : request.call()));
        }
        for (Future<Integer> answer : sent) {
            answer.get();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("scratch-ledger warm-up: {} not removed", dir, e);
        }
    }
}
