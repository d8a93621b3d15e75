package org.placementledger.server.handlers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.placementledger.api.allocation.FindUsagesQuery;
import org.placementledger.api.allocation.UsageReport;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.placementledger.server.policy.PlacementPolicies;
import org.placementledger.server.policy.PolicyEngine;
import org.placementledger.server.schema.JsonSchemas;
import org.springframework.stereotype.Component;

/**
 * {@code GET /usages}: a project's (and user's) usage; grouped by consumer type from 1.38. Its policy is
 * checked here, before the query is validated, on the queried project (a reader may see its own).
 */
@Component
public class UsageHandler {

    private final Gateways gateways;
    private final PolicyEngine policy;

    public UsageHandler(Gateways gateways, PolicyEngine policy) {
        this.gateways = gateways;
        this.policy = policy;
    }

    public PlacementResponse totalUsages(PlacementRequest request) {
        Map<String, Object> target = new HashMap<>();
        target.put("project_id", request.lastQueryValue("project_id"));
        policy.enforce(PlacementPolicies.TOTAL_USAGES, request.context(), target);
        boolean byType = request.atLeast(1, 38);
        JsonSchemas.validateQuery(byType ? "usages-query-1.38" : "usages-query-1.9", request.query());
        String type = byType ? request.lastQueryValue("consumer_type") : null;
        UsageReport report = gateways.ask(new FindUsagesQuery(request.lastQueryValue("project_id"),
                request.lastQueryValue("user_id"), byType ? (type == null ? null : type) : "all"), UsageReport.class);
        if (!byType) {
            Map<String, Long> flat = report.usagesByType().getOrDefault("all", Map.of());
            return PlacementResponse.ok(Map.of("usages", flat));
        }
        Map<String, Object> grouped = new LinkedHashMap<>();
        report.usagesByType().forEach((group, usages) -> {
            Map<String, Object> entry = new LinkedHashMap<>(usages);
            entry.put("consumer_count", report.consumerCountByType().getOrDefault(group, 0L));
            grouped.put(group, entry);
        });
        return PlacementResponse.ok(Map.of("usages", grouped));
    }
}
