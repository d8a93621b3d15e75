package org.placementledger.query.candidates.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.provider.InventoryRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the candidate index from the persisted read-model tables (never by replaying events). */
public final class IndexLoader {

    private IndexLoader() {
    }

    public static IndexState load(JdbcTemplate jdbc) {
        IndexState state = new IndexState();
        // Parents before children is not needed: the tree maps are keyed by the stored root.
        jdbc.query("SELECT uuid, parent_uuid, root_uuid FROM rp",
                rs -> {
                    state.providerCreated(rs.getString(1), rs.getString(2), rs.getString(3));
                });
        Map<String, Map<String, InventoryRecord>> inventories = new HashMap<>();
        jdbc.query("SELECT rp_uuid, resource_class, total, reserved, min_unit, max_unit, step_size, allocation_ratio"
                + " FROM rp_inventory", rs -> {
                    inventories.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            new InventoryRecord(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                                    rs.getLong(7), rs.getDouble(8)));
                });
        inventories.forEach(state::inventoryChanged);
        grouped(jdbc, "SELECT rp_uuid, trait FROM rp_trait").forEach(state::traitsChanged);
        grouped(jdbc, "SELECT rp_uuid, aggregate_uuid FROM rp_aggregate").forEach(state::aggregatesChanged);
        Map<String, Map<String, Map<String, Long>>> holdings = new HashMap<>();
        jdbc.query("SELECT rp_uuid, consumer_uuid, resource_class, used FROM allocation", rs -> {
            holdings.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(3), rs.getLong(4));
        });
        holdings.forEach((rp, byConsumer) -> byConsumer.forEach((consumer, resources) ->
                state.holdingChanged(rp, consumer, resources)));
        jdbc.query("SELECT id, name FROM custom_resource_class", rs -> {
            state.names().resourceClassNamed(rs.getInt(1), rs.getString(2));
        });
        jdbc.query("SELECT name FROM custom_trait ORDER BY created_at, name", rs -> {
            state.names().traitCreated(rs.getString(1));
        });
        return state;
    }

    private static Map<String, Set<String>> grouped(JdbcTemplate jdbc, String sql) {
        Map<String, Set<String>> result = new HashMap<>();
        jdbc.query(sql, rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return result;
    }
}
