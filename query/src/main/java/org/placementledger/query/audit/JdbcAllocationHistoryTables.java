package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.placementledger.query.readmodel.MultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link AllocationHistoryTables} in the database, in the caller's transaction. */
public final class JdbcAllocationHistoryTables implements AllocationHistoryTables {

    static final String INSERT_ALLOCATION = "INSERT INTO allocation_history (consumer_uuid, rp_uuid, resource_class,"
            + " used, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_CONSUMER = "INSERT INTO consumer_history (consumer_uuid, generation, project_id,"
            + " user_id, consumer_type, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String HOLDING = "consumer_uuid = ? AND rp_uuid = ?";
    private static final String HOLDING_CLASS = HOLDING + " AND resource_class = ?";
    private static final String CONSUMER = "consumer_uuid = ?";

    private final JdbcTemplate jdbc;

    public JdbcAllocationHistoryTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> current(String consumerUuid, String providerUuid) {
        Map<String, Long> current = new HashMap<>();
        jdbc.query("SELECT resource_class, used FROM allocation_history WHERE " + HOLDING + " AND valid_to = ?",
                rs -> {
                    current.put(rs.getString(1), rs.getLong(2));
                }, consumerUuid, providerUuid, OPEN);
        return current;
    }

    @Override
    public void end(String consumerUuid, String providerUuid, String rc, OffsetDateTime t) {
        Versions.end(jdbc, "allocation_history", HOLDING_CLASS, t, consumerUuid, providerUuid, rc);
    }

    @Override
    public void end(String consumerUuid, String providerUuid, OffsetDateTime t) {
        Versions.end(jdbc, "allocation_history", HOLDING, t, consumerUuid, providerUuid);
    }

    @Override
    public void endHoldings(String consumerUuid, OffsetDateTime t) {
        Versions.end(jdbc, "allocation_history", CONSUMER, t, consumerUuid);
    }

    @Override
    public void begin(String consumerUuid, String providerUuid, Map<String, Long> used, OffsetDateTime t) {
        MultiRowInsert versions = new MultiRowInsert("allocation_history",
                "consumer_uuid", "rp_uuid", "resource_class", "used", "valid_from", "valid_to");
        used.forEach((rc, amount) -> versions.add(consumerUuid, providerUuid, rc, amount, t, OPEN));
        versions.write(jdbc);
    }

    @Override
    public void endConsumer(String consumerUuid, OffsetDateTime t) {
        Versions.end(jdbc, "consumer_history", CONSUMER, t, consumerUuid);
    }

    @Override
    public void beginConsumer(String consumerUuid, Consumer c, OffsetDateTime t) {
        jdbc.update(INSERT_CONSUMER, consumerUuid, c.generation(), c.projectId(), c.userId(), c.consumerType(), t, OPEN);
    }
}
