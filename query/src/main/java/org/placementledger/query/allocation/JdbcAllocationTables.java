package org.placementledger.query.allocation;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

import org.placementledger.query.readmodel.MultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link AllocationTables} in the database, in the caller's transaction. */
public final class JdbcAllocationTables implements AllocationTables {

    static final String INSERT_ALLOCATION = "INSERT INTO allocation (consumer_uuid, rp_uuid, resource_class, used,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_CONSUMER = "INSERT INTO consumer (uuid, generation, project_id, user_id,"
            + " consumer_type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public JdbcAllocationTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Timestamp> createdAt(String consumerUuid, String providerUuid) {
        Map<String, Timestamp> created = new HashMap<>();
        jdbc.query("SELECT resource_class, created_at FROM allocation WHERE consumer_uuid = ? AND rp_uuid = ?",
                rs -> {
                    created.put(rs.getString(1), rs.getTimestamp(2));
                }, consumerUuid, providerUuid);
        return created;
    }

    @Override
    public void release(String consumerUuid, String providerUuid) {
        jdbc.update("DELETE FROM allocation WHERE consumer_uuid = ? AND rp_uuid = ?", consumerUuid, providerUuid);
    }

    @Override
    public void hold(String consumerUuid, String providerUuid, Map<String, Long> used, Map<String, Timestamp> createdAt,
            Timestamp updatedAt) {
        // One statement for the holding's rows: one parse and one execution instead of one per class.
        MultiRowInsert rows = new MultiRowInsert("allocation",
                "consumer_uuid", "rp_uuid", "resource_class", "used", "created_at", "updated_at");
        used.forEach((rc, amount) -> rows.add(consumerUuid, providerUuid, rc, amount, createdAt.get(rc), updatedAt));
        rows.write(jdbc);
    }

    @Override
    public boolean updateConsumer(Consumer c, Timestamp at) {
        return jdbc.update("UPDATE consumer SET generation = ?, project_id = ?, user_id = ?, consumer_type = ?,"
                + " updated_at = ? WHERE uuid = ?", c.generation(), c.projectId(), c.userId(), c.consumerType(), at,
                c.uuid()) > 0;
    }

    @Override
    public void insertConsumer(Consumer c, Timestamp at) {
        jdbc.update(INSERT_CONSUMER, c.uuid(), c.generation(), c.projectId(), c.userId(), c.consumerType(), at, at);
    }

    @Override
    public void removeConsumer(String consumerUuid) {
        jdbc.update("DELETE FROM allocation WHERE consumer_uuid = ?", consumerUuid);
        jdbc.update("DELETE FROM consumer WHERE uuid = ?", consumerUuid);
    }
}
