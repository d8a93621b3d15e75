package org.placementledger.server.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.DeleteAllocationsCommand;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;
import org.placementledger.api.provider.CreateResourceProviderCommand;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ReplaceInventoriesCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up warm-up of the claim path: once the server has started, and before it reports ready, it
 * sends {@code placement.warmup.claims} claims (and a release for every third) through the command
 * bus, on providers of its own, inside database transactions that are always rolled back. The
 * aggregates, the event append and the projections run as for a scheduler's claim, so the JIT has
 * compiled them before the first real one: until then a claim costs several times its warm CPU (for a
 * few thousand claims with the full JIT, as the README starts it, fewer with C1 only;
 * docs/performance.md). It runs in the ready event, so {@code /actuator/health/readiness} answers 503
 * until it is done, as during the rest of the start-up; the API answers meanwhile. Nothing is kept:
 * the commands join the warm-up's transaction, whose rollback takes their events and read-model rows
 * with it; the candidates index only hears of commits; the warm-up's providers are dropped from the
 * provider cache after each rollback (a cached copy would take writes for a provider that does not
 * exist); and the commands bypass {@link Gateways}, so no metric counts them. Their global indexes are
 * taken from the event store's sequence and lost, as a refused write's are. Off under the postgres
 * profile, where other nodes would follow those gaps. What a rollback never runs (H2's commit and
 * page serialization, the HTTP path of a PUT) is compiled by {@link ScratchLedgerWarmup}, after this.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "placement.warmup.enabled", havingValue = "true", matchIfMissing = true)
public class ClaimsWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsWarmup.class);
    /** The shared benchmark's claim on the shape of inventory it loads; 30 fit on one provider. */
    private static final Map<String, Long> CLAIM = Map.of("VCPU", 1L, "MEMORY_MB", 256L, "DISK_GB", 10L);
    private static final Map<String, InventoryRecord> INVENTORY = Map.of(
            "VCPU", new InventoryRecord(32, 0, 1, 16, 1, 1.0),
            "MEMORY_MB", new InventoryRecord(8192, 0, 128, 8192, 1, 1.0),
            "DISK_GB", new InventoryRecord(8192, 0, 5, 8192, 1, 1.0));
    static final int CLAIMS_PER_PROVIDER = 30;

    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final Cache providerCache;
    private final int claims;
    private volatile boolean closing;

    public ClaimsWarmup(CommandGateway commands, PlatformTransactionManager transactions,
                        @Qualifier("providerAggregateCache") Cache providerCache,
                        @Value("${placement.warmup.claims:6000}") int claims) {
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactions);
        this.providerCache = providerCache;
        this.claims = claims;
    }

    /** Runs in the ready event itself: Spring Boot reports readiness only once every listener has returned. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void start() {
        if (claims > 0) {
            run();
        }
    }

    @EventListener(ContextClosedEvent.class)
    public void stop() {
        closing = true;
    }

    void run() {
        long started = System.nanoTime();
        int done = 0;
        try {
            while (done < claims && !closing) {
                done += round(UUID.randomUUID().toString(), Math.min(CLAIMS_PER_PROVIDER, claims - done));
            }
            LOG.info("claims warm-up: {} claims rolled back in {} ms", done, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // a warm-up that fails (e.g. the context closing under it) only leaves the JIT colder
            LOG.debug("claims warm-up stopped after {} claims", done, e);
        }
    }

    /**
     * One provider, its inventory, up to {@code count} claims and some releases, in one transaction rolled
     * back; returns how many claims it sent (fewer once the context closes).
     */
    int round(String provider, int count) {
        List<String> consumers = new ArrayList<>();
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                commands.sendAndWait(new CreateResourceProviderCommand(provider, "claims-warmup-" + provider, null));
                commands.sendAndWait(new ReplaceInventoriesCommand(provider, 0, INVENTORY, false));
                String project = UUID.randomUUID().toString();
                String user = UUID.randomUUID().toString();
                for (int i = 0; i < count && !closing; i++) {
                    String consumer = UUID.randomUUID().toString();
                    commands.sendAndWait(new ReplaceAllocationsCommand(List.of(new ConsumerAllocations(consumer,
                            Map.of(provider, CLAIM), project, user, "WARMUP", null, true))));
                    consumers.add(consumer);
                }
                for (int i = 0; i < consumers.size() && !closing; i += 3) {
                    commands.sendAndWait(new DeleteAllocationsCommand(consumers.get(i)));
                }
            });
        } finally {
            // the commands committed as far as they knew: the cache still holds the rolled-back provider
            providerCache.remove(provider);
        }
        return consumers.size();
    }
}
