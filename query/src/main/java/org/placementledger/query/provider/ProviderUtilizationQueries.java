package org.placementledger.query.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.provider.ClassUtilization;
import org.placementledger.api.provider.FindProviderUtilizationQuery;
import org.placementledger.api.provider.ProviderUtilization;
import org.placementledger.api.provider.ProviderUtilizations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ops dashboard's utilization: every provider's inventory rows with their usage, in one query. */
@Component
public class ProviderUtilizationQueries {

    private final JdbcTemplate jdbc;

    public ProviderUtilizationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ProviderUtilizations utilization(FindProviderUtilizationQuery query) {
        Map<String, ProviderUtilization> byUuid = new LinkedHashMap<>();
        // i.* columns by their unqualified names: only rp_inventory has them
        jdbc.query("SELECT r.uuid, r.name, " + ProviderInventoryQueries.RECORD_COLUMNS
                        + ", " + ProviderInventoryQueries.USED + " AS used"
                        + " FROM rp r LEFT JOIN rp_inventory i ON i.rp_uuid = r.uuid"
                        + " ORDER BY r.name, r.uuid, i.resource_class",
                rs -> {
                    String name = rs.getString("name");
                    ProviderUtilization provider = byUuid.computeIfAbsent(rs.getString("uuid"),
                            u -> new ProviderUtilization(u, name, new ArrayList<>()));
                    String resourceClass = rs.getString("resource_class");
                    if (resourceClass != null) {
                        provider.classes().add(new ClassUtilization(resourceClass,
                                ProviderInventoryQueries.record(rs), rs.getLong("used")));
                    }
                });
        return new ProviderUtilizations(List.copyOf(byUuid.values()));
    }
}
