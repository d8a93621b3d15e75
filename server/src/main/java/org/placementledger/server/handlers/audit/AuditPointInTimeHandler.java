package org.placementledger.server.handlers.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.placementledger.api.allocation.ConsumerAllocationsView;
import org.placementledger.api.allocation.UsageReport;
import org.placementledger.api.audit.FindConsumerAllocationsAtQuery;
import org.placementledger.api.audit.FindProviderUsagesAtQuery;
import org.placementledger.api.audit.FindUsagesAtQuery;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.ProviderUsages;
import org.placementledger.server.handlers.Gateways;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.springframework.stereotype.Component;

/**
 * What Placement would have answered at {@code at}, in the live routes' shapes at the latest
 * microversion: {@code GET /audit/resource_providers/{uuid}/usages}, {@code GET /audit/usages},
 * {@code GET /audit/allocations/{consumer_uuid}}.
 */
@Component
public class AuditPointInTimeHandler {

    private final Gateways gateways;

    public AuditPointInTimeHandler(Gateways gateways) {
        this.gateways = gateways;
    }

    public PlacementResponse providerUsages(PlacementRequest request) {
        AuditParams.only(request, "at");
        Instant at = AuditParams.at(request);
        String uuid = request.pathParam("uuid");
        ProviderUsages found = gateways.ask(new FindProviderUsagesAtQuery(uuid, at), ProviderUsages.class);
        if (found == null) {
            throw PlacementException.notFound("No resource provider with uuid " + uuid + " existed at " + at + ".");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resource_provider_generation", found.generation());
        body.put("usages", found.usages());
        return PlacementResponse.ok(body).cacheHeaders(false);
    }

    public PlacementResponse usages(PlacementRequest request) {
        AuditParams.only(request, "project_id", "user_id", "consumer_type", "at");
        String project = AuditParams.required(request, "project_id");
        Instant at = AuditParams.at(request);
        UsageReport report = gateways.ask(new FindUsagesAtQuery(project, request.lastQueryValue("user_id"),
                request.lastQueryValue("consumer_type"), at), UsageReport.class);
        Map<String, Object> grouped = new LinkedHashMap<>();
        report.usagesByType().forEach((group, usages) -> {
            Map<String, Object> entry = new LinkedHashMap<>(usages);
            entry.put("consumer_count", report.consumerCountByType().getOrDefault(group, 0L));
            grouped.put(group, entry);
        });
        return PlacementResponse.ok(Map.of("usages", grouped)).cacheHeaders(false);
    }

    public PlacementResponse consumerAllocations(PlacementRequest request) {
        AuditParams.only(request, "at");
        Instant at = AuditParams.at(request);
        ConsumerAllocationsView view = gateways.ask(new FindConsumerAllocationsAtQuery(
                request.pathParam("consumer_uuid"), at), ConsumerAllocationsView.class);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> allocations = new LinkedHashMap<>();
        body.put("allocations", allocations);
        if (view != null && !view.allocations().isEmpty()) {
            view.allocations().forEach((rp, resources) -> allocations.put(rp,
                    Map.of("generation", view.providerGenerations().get(rp), "resources", resources)));
            body.put("project_id", view.projectId());
            body.put("user_id", view.userId());
            body.put("consumer_generation", view.generation());
            body.put("consumer_type", view.consumerType() == null ? "unknown" : view.consumerType());
        }
        return PlacementResponse.ok(body).cacheHeaders(false);
    }
}
