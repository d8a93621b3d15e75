package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.placementledger.query.readmodel.MemoryTables;
import org.placementledger.query.readmodel.RowBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link AllocationHistoryTables} for a replay: the consumers' versions in force in a map; an ended
 * version goes to the target table, in JDBC batches, as it ends. {@link #flush()} writes the versions
 * still in force.
 */
public final class MemoryAllocationHistoryTables implements AllocationHistoryTables, MemoryTables {

    private record OpenConsumer(Consumer consumer, OffsetDateTime from) {
    }

    private final Map<String, OpenConsumer> consumers = new HashMap<>();
    private final RowBatch consumerRows;

    public MemoryAllocationHistoryTables(JdbcTemplate target) {
        consumerRows = new RowBatch(target, JdbcAllocationHistoryTables.INSERT_CONSUMER);
    }

    @Override
    public Map<String, Long> held(String consumerUuid, String providerUuid) {
        OpenConsumer open = consumers.get(consumerUuid);
        return open == null ? Map.of() : open.consumer().allocations().getOrDefault(providerUuid, Map.of());
    }

    @Override
    public void endConsumer(String consumerUuid, OffsetDateTime t) {
        OpenConsumer open = consumers.remove(consumerUuid);
        if (open != null) {
            write(consumerUuid, open, t);
        }
    }

    @Override
    public void beginConsumer(String consumerUuid, Consumer consumer, OffsetDateTime t) {
        if (consumers.putIfAbsent(consumerUuid, new OpenConsumer(consumer, t)) != null) {
            throw new IllegalStateException("consumer " + consumerUuid + " would have two versions in force");
        }
    }

    @Override
    public void flush() {
        consumers.forEach((uuid, open) -> write(uuid, open, OPEN));
        consumers.clear();
        consumerRows.flush();
    }

    private void write(String consumerUuid, OpenConsumer open, OffsetDateTime to) {
        Consumer c = open.consumer();
        consumerRows.add(consumerUuid, c.generation(), c.projectId(), c.userId(), c.consumerType(), open.from(), to,
                HoldingsText.allocations(c.allocations()));
    }
}
