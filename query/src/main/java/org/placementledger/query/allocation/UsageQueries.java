package org.placementledger.query.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.allocation.FindUsagesQuery;
import org.placementledger.api.allocation.UsageReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code GET /usages}: usage summed over the consumers of a project (and user), grouped by consumer
 * type as 1.38 groups it: every type (null as "unknown"), "all" together, or one type.
 */
@Component
public class UsageQueries {

    static final String UNKNOWN = "unknown";
    static final String ALL = "all";

    private final JdbcTemplate jdbc;

    public UsageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public UsageReport usages(FindUsagesQuery query) {
        String type = query.consumerType();
        StringBuilder where = new StringBuilder(" WHERE c.project_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.projectId()));
        if (query.userId() != null) {
            where.append(" AND c.user_id = ?");
            args.add(query.userId());
        }
        if (UNKNOWN.equals(type)) {
            where.append(" AND c.consumer_type IS NULL");
        } else if (type != null && !ALL.equals(type)) {
            where.append(" AND c.consumer_type = ?");
            args.add(type);
        }
        // Grouping by reported name happens here rather than in SQL: "all" folds every type together.
        Map<String, Map<String, Long>> usages = new TreeMap<>();
        Map<String, Set<String>> consumers = new TreeMap<>();
        jdbc.query("SELECT c.consumer_type, a.resource_class, a.used, c.uuid FROM allocation a"
                + " JOIN consumer c ON c.uuid = a.consumer_uuid" + where, rs -> {
                    String group = ALL.equals(type) ? ALL : rs.getString(1) == null ? UNKNOWN : rs.getString(1);
                    usages.computeIfAbsent(group, k -> new TreeMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum);
                    consumers.computeIfAbsent(group, k -> new HashSet<>()).add(rs.getString(4));
                }, args.toArray());
        Map<String, Long> counts = new LinkedHashMap<>();
        consumers.forEach((group, members) -> counts.put(group, (long) members.size()));
        return new UsageReport(usages, counts);
    }
}
