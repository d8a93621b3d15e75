package org.placementledger.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<Long> generation = jdbc.query("SELECT generation, changes, valid_from FROM provider_history p"
                + " WHERE p.rp_uuid = ? AND " + Versions.inForceAt("p"), (rs, i) -> generationAt(rs, 1, t),
                query.uuid(), t, t);
        if (generation.isEmpty()) {
            return null;
        }
        Map<String, Long> usages = new TreeMap<>();
        jdbc.query("SELECT i.resource_class, COALESCE((SELECT SUM(a.used) FROM allocation_history a"
                + " WHERE a.rp_uuid = i.rp_uuid AND a.resource_class = i.resource_class AND " + Versions.inForceAt("a")
                + "), 0) FROM inventory_history i WHERE i.rp_uuid = ? AND " + Versions.inForceAt("i"), rs -> {
                    usages.put(rs.getString(1), rs.getLong(2));
                }, t, t, query.uuid(), t, t);
        return new ProviderUsages(generation.get(0), usages);
    }

    @QueryHandler
    public ConsumerAllocationsView consumerAllocations(FindConsumerAllocationsAtQuery query) {
        OffsetDateTime t = ChangeTime.utc(query.at());
        List<Map<String, Object>> consumer = jdbc.queryForList("SELECT generation, project_id, user_id, consumer_type"
                + " FROM consumer_history c WHERE c.consumer_uuid = ? AND " + Versions.inForceAt("c"),
                query.consumerUuid(), t, t);
        if (consumer.isEmpty()) {
            return null;
        }
        Map<String, Map<String, Long>> allocations = new LinkedHashMap<>();
        Map<String, Long> generations = new LinkedHashMap<>();
        jdbc.query("SELECT a.rp_uuid, a.resource_class, a.used, p.generation, p.changes, p.valid_from"
                + " FROM allocation_history a JOIN provider_history p ON p.rp_uuid = a.rp_uuid AND "
                + Versions.inForceAt("p") + " WHERE a.consumer_uuid = ? AND " + Versions.inForceAt("a")
                + " ORDER BY a.rp_uuid, a.resource_class",
                rs -> {
                    allocations.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                    generations.put(rs.getString(1), generationAt(rs, 4, t));
                }, t, t, query.consumerUuid(), t, t);
        Map<String, Object> c = consumer.get(0);
        return new ConsumerAllocationsView(query.consumerUuid(), ((Number) c.get("generation")).longValue(),
                (String) c.get("project_id"), (String) c.get("user_id"), (String) c.get("consumer_type"),
                allocations, generations, null);
    }

    /** The generation at {@code t} of a provider_history row (generation, changes, valid_from from {@code column}). */
    private static long generationAt(ResultSet rs, int column, OffsetDateTime t) throws SQLException {
        return GenerationRun.at(rs.getLong(column), rs.getString(column + 1),
                rs.getObject(column + 2, OffsetDateTime.class), t);
    }

    @QueryHandler
    public UsageReport usages(FindUsagesAtQuery query) {
        OffsetDateTime t = ChangeTime.utc(query.at());
        StringBuilder where = new StringBuilder(" WHERE c.project_id = ? AND " + Versions.inForceAt("c"));
        List<Object> args = new ArrayList<>(List.of(t, t, query.projectId(), t, t));
        UsageTally.filter(where, args, "consumer_type", query.userId(), query.consumerType());
        UsageTally tally = new UsageTally(query.consumerType());
        jdbc.query("SELECT c.consumer_type, a.resource_class, a.used, c.consumer_uuid FROM consumer_history c"
                + " JOIN allocation_history a ON a.consumer_uuid = c.consumer_uuid AND " + Versions.inForceAt("a")
                + where,
                rs -> {
                    tally.add(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4));
                }, args.toArray());
        return tally.report();
    }
}
