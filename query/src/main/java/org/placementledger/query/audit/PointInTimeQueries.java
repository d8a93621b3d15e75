package org.placementledger.query.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.allocation.ConsumerAllocationsView;
import org.placementledger.api.audit.FindConsumerAllocationsAtQuery;
import org.placementledger.api.audit.FindProviderUsagesAtQuery;
import org.placementledger.api.audit.FindUsagesAtQuery;
import org.placementledger.api.allocation.UsageReport;
import org.placementledger.query.allocation.UsageTally;
import org.placementledger.api.provider.ProviderUsages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What Placement would have answered at a past moment, from the versions in force then (one indexed
 * lookup per table; no replay). Mirrors the live queries: provider usages per inventory class,
 * a consumer's allocations with each provider's generation, a project's usages by consumer type.
 */
@Component
public class PointInTimeQueries {

    private final JdbcTemplate jdbc;

    public PointInTimeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ProviderUsages providerUsages(FindProviderUsagesAtQuery query) {
        OffsetDateTime t = ChangeTime.utc(query.at());
        List<GenerationRun.State> state = jdbc.query("SELECT generation, used, valid_from, changes"
                + " FROM provider_history p WHERE p.rp_uuid = ? AND " + Versions.inForceAt("p"),
                (rs, i) -> JdbcProviderHistoryTables.run(rs).at(t), query.uuid(), t, t);
        if (state.isEmpty()) {
            return null;
        }
        Map<String, Long> used = state.get(0).used();
        Map<String, Long> usages = new TreeMap<>();
        jdbc.query("SELECT i.resource_class FROM inventory_history i WHERE i.rp_uuid = ? AND "
                + Versions.inForceAt("i"),
                rs -> {
                    usages.put(rs.getString(1), used.getOrDefault(rs.getString(1), 0L));
                }, query.uuid(), t, t);
        return new ProviderUsages(state.get(0).generation(), usages);
    }

    @QueryHandler
    public ConsumerAllocationsView consumerAllocations(FindConsumerAllocationsAtQuery query) {
        OffsetDateTime t = ChangeTime.utc(query.at());
        List<Map<String, Object>> consumer = jdbc.queryForList("SELECT generation, project_id, user_id, consumer_type,"
                + " allocations FROM consumer_history c WHERE c.consumer_uuid = ? AND " + Versions.inForceAt("c"),
                query.consumerUuid(), t, t);
        if (consumer.isEmpty()) {
            return null;
        }
        Map<String, Object> c = consumer.get(0);
        Map<String, Map<String, Long>> allocations = HoldingsText.allocations((String) c.get("allocations"));
        Map<String, Long> generations = new TreeMap<>();
        if (!allocations.isEmpty()) {
            String in = String.join(",", Collections.nCopies(allocations.size(), "?"));
            List<Object> args = new ArrayList<>(allocations.keySet());
            args.addAll(List.of(t, t));
            jdbc.query("SELECT generation, used, valid_from, changes, rp_uuid FROM provider_history p"
                    + " WHERE p.rp_uuid IN (" + in + ") AND " + Versions.inForceAt("p"), rs -> {
                        generations.put(rs.getString(5), JdbcProviderHistoryTables.run(rs).at(t).generation());
                    }, args.toArray());
        }
        return new ConsumerAllocationsView(query.consumerUuid(), ((Number) c.get("generation")).longValue(),
                (String) c.get("project_id"), (String) c.get("user_id"), (String) c.get("consumer_type"),
                allocations, generations, null);
    }

    @QueryHandler
    public UsageReport usages(FindUsagesAtQuery query) {
        OffsetDateTime t = ChangeTime.utc(query.at());
        StringBuilder where = new StringBuilder(" WHERE c.project_id = ? AND " + Versions.inForceAt("c"));
        List<Object> args = new ArrayList<>(List.of(query.projectId(), t, t));
        UsageTally.filter(where, args, "consumer_type", query.userId(), query.consumerType());
        UsageTally tally = new UsageTally(query.consumerType());
        jdbc.query("SELECT c.consumer_type, c.allocations, c.consumer_uuid FROM consumer_history c" + where, rs -> {
            String type = rs.getString(1);
            String uuid = rs.getString(3);
            HoldingsText.allocations(rs.getString(2)).values().forEach(resources -> resources.forEach((rc, used) ->
                    tally.add(type, rc, used, uuid)));
        }, args.toArray());
        return tally.report();
    }
}
