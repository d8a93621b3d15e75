package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.provider.InventoryRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ProviderHistoryTables} in the database, in the caller's transaction. */
public final class JdbcProviderHistoryTables implements ProviderHistoryTables {

    static final String INSERT_PROVIDER = "INSERT INTO provider_history (rp_uuid, generation, name, parent_uuid,"
            + " valid_from, valid_to, changes, used) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_INVENTORY = "INSERT INTO inventory_history (rp_uuid, resource_class, total, reserved,"
            + " min_unit, max_unit, step_size, allocation_ratio, valid_from, valid_to)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PROVIDER = "rp_uuid = ?";
    private static final String INVENTORY = "rp_uuid = ? AND resource_class = ?";

    private final JdbcTemplate jdbc;

    public JdbcProviderHistoryTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row in force as read: a new state changes the run read and writes it back, with no second read. */
    private record Row(JdbcTemplate jdbc, String uuid, GenerationRun run, String name, String parentUuid)
            implements InForce {

        @Override
        public Version version() {
            GenerationRun.State latest = run.latest();
            return new Version(latest.generation(), name, parentUuid, latest.used());
        }

        @Override
        public boolean addChange(GenerationRun.State state, OffsetDateTime t) {
            if (!run.add(t, state)) {
                return false;
            }
            jdbc.update("UPDATE provider_history SET generation = ?, used = ?, changes = ? WHERE rp_uuid = ?"
                    + " AND valid_to = ?", run.first().generation(), HoldingsText.usage(run.first().used()),
                    run.changes(), uuid, OPEN);
            return true;
        }
    }

    @Override
    public InForce inForce(String uuid) {
        List<Row> rows = jdbc.query("SELECT generation, used, valid_from, changes, name, parent_uuid"
                + " FROM provider_history WHERE rp_uuid = ? AND valid_to = ?",
                (rs, i) -> new Row(jdbc, uuid, run(rs), rs.getString(5), rs.getString(6)), uuid, OPEN);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The row's states, from its columns generation, used, valid_from and changes (in that order from 1). */
    static GenerationRun run(ResultSet rs) throws SQLException {
        return GenerationRun.decode(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                rs.getString(4));
    }

    @Override
    public void end(String uuid, OffsetDateTime t) {
        Versions.end(jdbc, "provider_history", PROVIDER, t, uuid);
    }

    @Override
    public void begin(String uuid, Version v, OffsetDateTime t) {
        jdbc.update(INSERT_PROVIDER, uuid, v.generation(), v.name(), v.parentUuid(), t, OPEN, "",
                HoldingsText.usage(v.used()));
    }

    @Override
    public Map<String, InventoryRecord> currentInventory(String uuid) {
        Map<String, InventoryRecord> current = new HashMap<>();
        jdbc.query("SELECT resource_class, total, reserved, min_unit, max_unit, step_size, allocation_ratio"
                + " FROM inventory_history WHERE rp_uuid = ? AND valid_to = ?", rs -> {
                    current.put(rs.getString(1), new InventoryRecord(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getDouble(7)));
                }, uuid, OPEN);
        return current;
    }

    @Override
    public void endInventory(String uuid, String rc, OffsetDateTime t) {
        Versions.end(jdbc, "inventory_history", INVENTORY, t, uuid, rc);
    }

    @Override
    public void endInventory(String uuid, OffsetDateTime t) {
        Versions.end(jdbc, "inventory_history", PROVIDER, t, uuid);
    }

    @Override
    public void beginInventory(String uuid, String rc, InventoryRecord inv, OffsetDateTime t) {
        jdbc.update(INSERT_INVENTORY, uuid, rc, inv.total(), inv.reserved(), inv.minUnit(), inv.maxUnit(),
                inv.stepSize(), inv.allocationRatio(), t, OPEN);
    }
}
