package org.placementledger.server.handlers;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
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
 * clients, a connection per request): providers and inventories first, then claims in rounds, most
 * on one provider of the benchmark's flat shape and one in ten on three providers of a tree of its
 * nested shape, then a release for every third claim; all committed to that scratch store. Then it
 * is closed and its directory deleted. Compiled code belongs to the JVM, not to a Spring context, so
 * this ledger's claims then run on it; nothing reaches this ledger's store, its request log or its
 * metrics. Only where this ledger is on H2 in file mode (the embedded default): under the postgres
 * profile the scratch store would compile H2's code, not the driver this ledger uses.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "placement.warmup.enabled", havingValue = "true", matchIfMissing = true)
public class ScratchLedgerWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(ScratchLedgerWarmup.class);
    private static final String H2_FILE = "jdbc:h2:file:";

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
                done = new ScratchTraffic(new LoopbackHttp(InetAddress.getLoopbackAddress(), port), () -> closing)
                        .send(claims);
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
