package org.placementledger.query.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.provider.FindProviderInventoriesQuery;
import org.placementledger.api.provider.FindProviderInventoryQuery;
import org.placementledger.api.provider.FindProviderUsagesQuery;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderInventories;
import org.placementledger.api.provider.ProviderUsages;
import org.placementledger.query.allocation.UsageSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers questions about a provider's inventory and usage from {@code rp} and {@code rp_inventory}. */
@Component
public class ProviderInventoryQueries {

    static final String RECORD_COLUMNS =
            "resource_class, total, reserved, min_unit, max_unit, step_size, allocation_ratio";

    /** Units of the inventory row's class held on its provider. */
    static final String USED = UsageSql.usedOf("i");

    private final JdbcTemplate jdbc;

    public ProviderInventoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ProviderInventories inventories(FindProviderInventoriesQuery query) {
        return answer(query.uuid(), null);
    }

    @QueryHandler
    public ProviderInventories inventory(FindProviderInventoryQuery query) {
        return answer(query.uuid(), query.resourceClass());
    }

    @QueryHandler
    public ProviderUsages usages(FindProviderUsagesQuery query) {
        Long generation = generation(query.uuid());
        if (generation == null) {
            return null;
        }
        Map<String, Long> usages = new LinkedHashMap<>();
        jdbc.query("SELECT i.resource_class, " + USED + " AS used FROM rp_inventory i WHERE i.rp_uuid = ?"
                        + " ORDER BY i.resource_class",
                rs -> {
                    usages.put(rs.getString("resource_class"), rs.getLong("used"));
                }, query.uuid());
        return new ProviderUsages(generation, usages);
    }

    /** The provider's inventory (of one class when {@code onlyClass} is given), or null without a provider. */
    private ProviderInventories answer(String uuid, String onlyClass) {
        Long generation = generation(uuid);
        if (generation == null) {
            return null;
        }
        Map<String, InventoryRecord> inventories = new LinkedHashMap<>();
        Instant[] newest = {null};
        String sql = "SELECT " + RECORD_COLUMNS + ", updated_at FROM rp_inventory WHERE rp_uuid = ?"
                + (onlyClass == null ? "" : " AND resource_class = ?") + " ORDER BY resource_class";
        Object[] args = onlyClass == null ? new Object[] {uuid} : new Object[] {uuid, onlyClass};
        jdbc.query(sql, rs -> {
            inventories.put(rs.getString("resource_class"), record(rs));
            Instant changed = rs.getTimestamp("updated_at").toInstant();
            if (newest[0] == null || changed.isAfter(newest[0])) {
                newest[0] = changed;
            }
        }, args);
        return new ProviderInventories(generation, inventories, newest[0]);
    }

    private Long generation(String uuid) {
        List<Long> found = jdbc.queryForList("SELECT generation FROM rp WHERE uuid = ?", Long.class, uuid);
        return found.isEmpty() ? null : found.get(0);
    }

    static InventoryRecord record(ResultSet rs) throws SQLException {
        return new InventoryRecord(rs.getLong("total"), rs.getLong("reserved"), rs.getLong("min_unit"),
                rs.getLong("max_unit"), rs.getLong("step_size"), rs.getDouble("allocation_ratio"));
    }
}
