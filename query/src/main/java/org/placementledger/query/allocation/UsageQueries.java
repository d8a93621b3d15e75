package org.placementledger.query.allocation;

import java.util.ArrayList;
import java.util.List;

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

    private final JdbcTemplate jdbc;

    public UsageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public UsageReport usages(FindUsagesQuery query) {
        StringBuilder where = new StringBuilder(" WHERE c.project_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.projectId()));
        UsageTally.filter(where, args, "consumer_type", query.userId(), query.consumerType());
        UsageTally tally = new UsageTally(query.consumerType());
        jdbc.query("SELECT c.consumer_type, a.resource_class, a.used, c.uuid FROM allocation a"
                + " JOIN consumer c ON c.uuid = a.consumer_uuid" + where,
                rs -> {
                    tally.add(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4));
                }, args.toArray());
        return tally.report();
    }
}
