package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** {@link AllocationHistoryTables} in the database, in the caller's transaction. */
public final class JdbcAllocationHistoryTables implements AllocationHistoryTables {

    static final String INSERT_CONSUMER = "INSERT INTO consumer_history (consumer_uuid, generation, project_id,"
            + " user_id, consumer_type, valid_from, valid_to, allocations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONSUMER = "consumer_uuid = ?";

    private final JdbcTemplate jdbc;

    public JdbcAllocationHistoryTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> held(String consumerUuid, String providerUuid) {
        List<String> allocations = jdbc.queryForList("SELECT allocations FROM consumer_history WHERE consumer_uuid = ?"
                + " AND valid_to = ?", String.class, consumerUuid, OPEN);
        return allocations.isEmpty() ? Map.of() : HoldingsText.heldOn(allocations.get(0), providerUuid);
    }

    @Override
    public void endConsumer(String consumerUuid, OffsetDateTime t) {
        Versions.end(jdbc, "consumer_history", CONSUMER, t, consumerUuid);
    }

    @Override
    public void beginConsumer(String consumerUuid, Consumer c, OffsetDateTime t) {
        jdbc.update(INSERT_CONSUMER, consumerUuid, c.generation(), c.projectId(), c.userId(), c.consumerType(), t, OPEN,
                HoldingsText.allocations(c.allocations()));
    }
}
