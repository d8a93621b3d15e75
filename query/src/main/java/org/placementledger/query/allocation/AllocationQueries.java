package org.placementledger.query.allocation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.allocation.ConsumerAllocationsView;
import org.placementledger.api.allocation.FindConsumerAllocationsQuery;
import org.placementledger.api.allocation.FindProviderAllocationsQuery;
import org.placementledger.api.allocation.ProviderAllocationsView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers "what does this consumer hold" and "who holds what on this provider" from {@code allocation}. */
@Component
public class AllocationQueries {

    private final JdbcTemplate jdbc;

    public AllocationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ConsumerAllocationsView consumer(FindConsumerAllocationsQuery query) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT generation, project_id, user_id, consumer_type"
                + " FROM consumer WHERE uuid = ?", query.consumerUuid());
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> c = rows.get(0);
        Map<String, Map<String, Long>> allocations = new LinkedHashMap<>();
        Map<String, Long> generations = new LinkedHashMap<>();
        Instant[] newest = {null};
        jdbc.query("SELECT a.rp_uuid, a.resource_class, a.used, a.updated_at, r.generation FROM allocation a"
                + " JOIN rp r ON r.uuid = a.rp_uuid WHERE a.consumer_uuid = ? ORDER BY a.rp_uuid, a.resource_class",
                rs -> {
                    String rp = rs.getString(1);
                    allocations.computeIfAbsent(rp, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                    generations.put(rp, rs.getLong(5));
                    newest[0] = later(newest[0], rs.getTimestamp(4).toInstant());
                }, query.consumerUuid());
        return new ConsumerAllocationsView(query.consumerUuid(), ((Number) c.get("generation")).longValue(),
                (String) c.get("project_id"), (String) c.get("user_id"), (String) c.get("consumer_type"),
                allocations, generations, newest[0]);
    }

    @QueryHandler
    public ProviderAllocationsView provider(FindProviderAllocationsQuery query) {
        List<Long> generation = jdbc.queryForList("SELECT generation FROM rp WHERE uuid = ?", Long.class,
                query.providerUuid());
        if (generation.isEmpty()) {
            return null;
        }
        Map<String, Map<String, Long>> allocations = new LinkedHashMap<>();
        Map<String, Long> consumerGenerations = new LinkedHashMap<>();
        Instant[] newest = {null};
        jdbc.query("SELECT a.consumer_uuid, a.resource_class, a.used, a.updated_at, c.generation FROM allocation a"
                + " JOIN consumer c ON c.uuid = a.consumer_uuid WHERE a.rp_uuid = ?"
                + " ORDER BY a.consumer_uuid, a.resource_class",
                rs -> {
                    String consumer = rs.getString(1);
                    allocations.computeIfAbsent(consumer, k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                    consumerGenerations.put(consumer, rs.getLong(5));
                    newest[0] = later(newest[0], rs.getTimestamp(4).toInstant());
                }, query.providerUuid());
        return new ProviderAllocationsView(generation.get(0), allocations, consumerGenerations, newest[0]);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
