package org.placementledger.query.provider;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.provider.InventoryRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ProviderTables} in the database: one statement per row change, in the caller's transaction. */
public final class JdbcProviderTables implements ProviderTables {

    static final String INSERT_PROVIDER = "INSERT INTO rp (uuid, name, generation, parent_uuid, root_uuid,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_INVENTORY = "INSERT INTO rp_inventory (rp_uuid, resource_class, total, reserved,"
            + " min_unit, max_unit, step_size, allocation_ratio, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_TRAIT = "INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES (?, ?, ?)";
    static final String INSERT_AGGREGATE = "INSERT INTO rp_aggregate (rp_uuid, aggregate_uuid) VALUES (?, ?)";

    private final JdbcTemplate jdbc;

    public JdbcProviderTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Provider p) {
        jdbc.update(INSERT_PROVIDER, p.uuid(), p.name(), p.generation(), p.parentUuid(), p.rootUuid(),
                p.createdAt(), p.updatedAt());
    }

    @Override
    public void rename(String uuid, String name, Timestamp at) {
        jdbc.update("UPDATE rp SET name = ?, updated_at = ? WHERE uuid = ?", name, at, uuid);
    }

    @Override
    public void reparent(String uuid, String parentUuid, Timestamp at) {
        jdbc.update("UPDATE rp SET parent_uuid = ?, updated_at = ? WHERE uuid = ?", parentUuid, at, uuid);
    }

    @Override
    public void reroot(String uuid, String rootUuid) {
        jdbc.update("UPDATE rp SET root_uuid = ? WHERE uuid = ?", rootUuid, uuid);
    }

    @Override
    public List<String> children(String uuid) {
        return jdbc.queryForList("SELECT uuid FROM rp WHERE parent_uuid = ?", String.class, uuid);
    }

    @Override
    public Long generation(String uuid) {
        List<Long> found = jdbc.queryForList("SELECT generation FROM rp WHERE uuid = ?", Long.class, uuid);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void touch(String uuid, long generation, Timestamp at) {
        jdbc.update("UPDATE rp SET generation = ?, updated_at = ? WHERE uuid = ?", generation, at, uuid);
    }

    @Override
    public void delete(String uuid) {
        for (String table : List.of("rp_inventory", "rp_trait", "rp_aggregate")) {
            jdbc.update("DELETE FROM " + table + " WHERE rp_uuid = ?", uuid);
        }
        jdbc.update("DELETE FROM rp WHERE uuid = ?", uuid);
    }

    @Override
    public Map<String, InventoryRecord> inventory(String uuid) {
        Map<String, InventoryRecord> found = new HashMap<>();
        jdbc.query("SELECT " + ProviderInventoryQueries.RECORD_COLUMNS + " FROM rp_inventory WHERE rp_uuid = ?",
                rs -> {
                    found.put(rs.getString("resource_class"), ProviderInventoryQueries.record(rs));
                }, uuid);
        return found;
    }

    @Override
    public void addInventory(String uuid, String rc, InventoryRecord inv, Timestamp at) {
        jdbc.update(INSERT_INVENTORY, uuid, rc, inv.total(), inv.reserved(), inv.minUnit(),
                inv.maxUnit(), inv.stepSize(), inv.allocationRatio(), at, at);
    }

    @Override
    public void changeInventory(String uuid, String rc, InventoryRecord inv, Timestamp at) {
        jdbc.update("UPDATE rp_inventory SET total = ?, reserved = ?, min_unit = ?, max_unit = ?,"
                + " step_size = ?, allocation_ratio = ?, updated_at = ? WHERE rp_uuid = ? AND resource_class = ?",
                inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(), inv.stepSize(), inv.allocationRatio(), at,
                uuid, rc);
    }

    @Override
    public void removeInventory(String uuid, String rc) {
        jdbc.update("DELETE FROM rp_inventory WHERE rp_uuid = ? AND resource_class = ?", uuid, rc);
    }

    @Override
    public Set<String> traits(String uuid) {
        return new HashSet<>(jdbc.queryForList("SELECT trait FROM rp_trait WHERE rp_uuid = ?", String.class, uuid));
    }

    @Override
    public void addTrait(String uuid, String trait, Timestamp at) {
        jdbc.update(INSERT_TRAIT, uuid, trait, at);
    }

    @Override
    public void removeTrait(String uuid, String trait) {
        jdbc.update("DELETE FROM rp_trait WHERE rp_uuid = ? AND trait = ?", uuid, trait);
    }

    @Override
    public void replaceAggregates(String uuid, Set<String> aggregates) {
        jdbc.update("DELETE FROM rp_aggregate WHERE rp_uuid = ?", uuid);
        for (String aggregate : aggregates) {
            jdbc.update(INSERT_AGGREGATE, uuid, aggregate);
        }
    }
}
