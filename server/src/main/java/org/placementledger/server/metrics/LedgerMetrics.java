package org.placementledger.server.metrics;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.placementledger.api.candidates.IndexLag;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Every meter the ledger records itself, named here in one place (docs/operations.md lists them).
 * Tags take only bounded values (route patterns, not paths; type names, not ids) so that the number
 * of series stays small whatever the traffic.
 */
@Component
public class LedgerMetrics {

    /** The route tag of a request that matched no route (404/405, CORS preflight). */
    public static final String UNMATCHED = "unmatched";

    /** Methods named as they are; any other (a client may send any token) is "OTHER". */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final MeterRegistry registry;
    private final ClaimRates rates;

    public LedgerMetrics(MeterRegistry registry, ClaimRates rates) {
        this.registry = registry;
        this.rates = rates;
    }

    /** One Placement request: {@code placement_requests_seconds{method,route,status,microversion}}. */
    public void request(String method, String routePattern, int status, String microversion, long nanos) {
        Timer.builder("placement.requests")
                .description("Placement API requests by route pattern, status and microversion")
                .tag("method", METHODS.contains(method) ? method : "OTHER")
                .tag("route", routePattern == null ? UNMATCHED : routePattern)
                .tag("status", Integer.toString(status))
                .tag("microversion", microversion == null ? "none" : microversion)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * One command through the command bus, handling and event-store append and projections in one
     * transaction: {@code placement_commands_seconds{command,outcome}}.
     */
    public void command(Object command, boolean succeeded, long nanos) {
        Timer.builder("placement.commands")
                .description("Commands dispatched and committed (aggregate, event store append, projections)")
                .tag("command", command.getClass().getSimpleName())
                .tag("outcome", succeeded ? "success" : "failure")
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** One query against the read side (allocation candidates among them). */
    public void query(Object query, long nanos) {
        Timer.builder("placement.queries")
                .description("Read-side queries, allocation candidate searches among them")
                .tag("query", query.getClass().getSimpleName())
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** An allocation write that was committed. */
    public void claimAccepted() {
        registry.counter("placement.claims", "outcome", "accepted", "code", "none").increment();
        rates.claimed();
    }

    /**
     * An allocation write the ledger refused (capacity, generation, lost races beyond the retries...);
     * {@code conflict}: the client got a 409.
     */
    public void claimRefused(String code, boolean conflict) {
        registry.counter("placement.claims", "outcome", "refused", "code", code).increment();
        if (conflict) {
            rates.conflicted();
        }
    }

    /** An allocation write that lost a race with another writer (retried or not). */
    public void conflict() {
        registry.counter("placement.claim.conflicts").increment();
    }

    /** An allocation write run again after a lost race. */
    public void retry() {
        registry.counter("placement.claim.retries").increment();
    }

    /**
     * The allocation candidates index's lag behind the shared event store (writes through other nodes
     * not applied yet), read at each scrape: {@code placement_index_lag_events} and
     * {@code placement_index_lag_seconds}.
     */
    public void indexLag(Supplier<IndexLag> lag) {
        Gauge.builder("placement.index.lag.events", lag, l -> l.get().eventsBehind())
                .description("Events in the event store the allocation candidates index has not applied yet")
                .strongReference(true).register(registry);
        Gauge.builder("placement.index.lag.seconds", lag, l -> l.get().secondsBehind())
                .description("0 when the candidates index is caught up, else seconds since it last was")
                .baseUnit("seconds").strongReference(true).register(registry);
    }
}
