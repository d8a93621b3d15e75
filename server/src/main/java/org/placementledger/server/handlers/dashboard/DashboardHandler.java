package org.placementledger.server.handlers.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.placementledger.api.audit.AuditEvent;
import org.placementledger.api.audit.AuditEventList;
import org.placementledger.api.audit.FindLatestAuditEventsQuery;
import org.placementledger.api.candidates.CandidateIndexLag;
import org.placementledger.api.candidates.FindCandidateIndexLagQuery;
import org.placementledger.api.candidates.FindIndexLagQuery;
import org.placementledger.api.candidates.IndexLag;
import org.placementledger.api.provider.ClassUtilization;
import org.placementledger.api.provider.FindProviderUtilizationQuery;
import org.placementledger.api.provider.ProviderUtilization;
import org.placementledger.api.provider.ProviderUtilizations;
import org.placementledger.server.handlers.Gateways;
import org.placementledger.server.handlers.audit.AuditEntries;
import org.placementledger.server.handlers.audit.AuditParams;
import org.placementledger.server.http.CallerMetadata;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.metrics.ClaimRates;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /dashboard/data}: what the ops dashboard (docs/operations.md) shows, in one JSON document:
 * utilization per provider and class, the fullest providers, this node's claim and 409 rates, how far
 * the candidate index trails the read models, and the newest events of the store.
 */
@Component
public class DashboardHandler {

    /** Providers listed with their bars (by name); the rest are only counted. */
    static final int LISTED_PROVIDERS = 200;
    static final int FULLEST = 10;
    static final int RECENT_EVENTS = 20;
    /** The rates shown as numbers are averaged over this many newest buckets (one minute). */
    private static final int RATE_BUCKETS = 60 / ClaimRates.BUCKET_SECONDS;

    private final Gateways gateways;
    private final ClaimRates rates;
    private final ObjectMapper mapper;
    private final AuditEntries entries;

    public DashboardHandler(Gateways gateways, ClaimRates rates, ObjectMapper mapper) {
        this.gateways = gateways;
        this.rates = rates;
        this.mapper = mapper;
        this.entries = new AuditEntries(mapper);
    }

    public PlacementResponse data(PlacementRequest request) {
        AuditParams.only(request);
        Instant now = Instant.now();
        ObjectNode body = mapper.createObjectNode();
        body.put("generated_at", now.toString());
        List<ProviderUtilization> providers = gateways.ask(new FindProviderUtilizationQuery(),
                ProviderUtilizations.class).providers();
        body.put("provider_count", providers.size());
        ArrayNode listed = body.putArray("providers");
        providers.stream().limit(LISTED_PROVIDERS).forEach(p -> listed.add(provider(p)));
        ArrayNode fullest = body.putArray("fullest");
        providers.stream().filter(p -> !p.classes().isEmpty())
                .sorted(Comparator.comparingDouble(ProviderUtilization::maxUtilization).reversed()
                        .thenComparing(ProviderUtilization::name))
                .limit(FULLEST).forEach(p -> fullest.add(fullest(p)));
        body.set("rates", rates());
        List<AuditEvent> recent = gateways.ask(new FindLatestAuditEventsQuery(RECENT_EVENTS), AuditEventList.class)
                .events();
        body.set("projection_lag", lag(recent, now));
        ArrayNode events = body.putArray("recent_events");
        recent.forEach(e -> events.add(event(e)));
        return PlacementResponse.ok(body).cacheHeaders(false);
    }

    private ObjectNode provider(ProviderUtilization p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("uuid", p.uuid());
        node.put("name", p.name());
        node.put("max_utilization", p.maxUtilization());
        ArrayNode classes = node.putArray("resources");
        for (ClassUtilization c : p.classes()) {
            ObjectNode row = classes.addObject();
            row.put("resource_class", c.resourceClass());
            row.put("total", c.inventory().total());
            row.put("reserved", c.inventory().reserved());
            row.put("allocation_ratio", c.inventory().allocationRatio());
            row.put("capacity", c.inventory().intCapacity());
            row.put("used", c.used());
            row.put("utilization", c.utilization());
        }
        return node;
    }

    private ObjectNode fullest(ProviderUtilization p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("uuid", p.uuid());
        node.put("name", p.name());
        node.put("max_utilization", p.maxUtilization());
        p.classes().stream().max(Comparator.comparingDouble(ClassUtilization::utilization))
                .ifPresent(c -> node.put("resource_class", c.resourceClass()));
        return node;
    }

    private ObjectNode rates() {
        List<ClaimRates.Bucket> buckets = rates.buckets();
        ObjectNode node = mapper.createObjectNode();
        node.put("bucket_seconds", ClaimRates.BUCKET_SECONDS);
        List<ClaimRates.Bucket> lastMinute = buckets.subList(buckets.size() - RATE_BUCKETS, buckets.size());
        double seconds = (double) RATE_BUCKETS * ClaimRates.BUCKET_SECONDS;
        node.put("claims_per_second", lastMinute.stream().mapToLong(ClaimRates.Bucket::claims).sum() / seconds);
        node.put("conflicts_per_second",
                lastMinute.stream().mapToLong(ClaimRates.Bucket::conflicts).sum() / seconds);
        ArrayNode list = node.putArray("buckets");
        for (ClaimRates.Bucket b : buckets) {
            ObjectNode row = list.addObject();
            row.put("start", b.start().toString());
            row.put("claims", b.claims());
            row.put("conflicts", b.conflicts());
        }
        return node;
    }

    /**
     * The read models are written in the command's transaction: they never trail the store. The
     * candidate index is changed after the commit: its delay is measured. The newest event's age says
     * how long the ledger has been quiet.
     */
    private ObjectNode lag(List<AuditEvent> recent, Instant now) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode readModels = node.putObject("read_models");
        readModels.put("lag_events", 0);
        readModels.put("updated", "in the command's transaction");
        CandidateIndexLag index = gateways.ask(new FindCandidateIndexLagQuery(), CandidateIndexLag.class);
        ObjectNode candidates = node.putObject("candidate_index");
        candidates.put("updated", "after the command's commit");
        candidates.put("last_applied_at", index.lastAppliedAt() == null ? null : index.lastAppliedAt().toString());
        candidates.put("last_delay_ms", index.lastDelayMicros() / 1000.0);
        candidates.put("max_delay_ms", index.maxDelayMicros() / 1000.0);
        candidates.put("changes_applied", index.changesApplied());
        // other nodes' writes reach this node's index through the event-store follower
        IndexLag following = gateways.ask(new FindIndexLagQuery(), IndexLag.class);
        candidates.put("follower_events_behind", following.eventsBehind());
        candidates.put("follower_seconds_behind", following.secondsBehind());
        if (recent.isEmpty()) {
            node.putNull("last_event");
        } else {
            AuditEvent last = recent.get(0);
            ObjectNode event = node.putObject("last_event");
            event.put("position", last.position());
            event.put("timestamp", last.timestamp().toString());
            event.put("age_seconds", Math.max(0, Duration.between(last.timestamp(), now).toMillis() / 1000.0));
        }
        return node;
    }

    private ObjectNode event(AuditEvent e) {
        ObjectNode whole = entries.event(e);
        ObjectNode node = mapper.createObjectNode();
        for (String key : List.of("position", "timestamp", "type", "aggregate_type", "aggregate_id")) {
            node.set(key, whole.get(key));
        }
        JsonNode requestId = whole.path("metadata").get(CallerMetadata.REQUEST_ID);
        node.set("request_id", requestId == null ? NullNode.instance : requestId);
        return node;
    }
}
