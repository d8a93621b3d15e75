package org.placementledger.query.allocation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.query.readmodel.MemoryTables;
import org.placementledger.query.readmodel.RowBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link AllocationTables} in maps for a replay (allocation rows by consumer, then provider, then
 * class), written to the target tables by {@link #flush()}.
 */
public final class MemoryAllocationTables implements AllocationTables, MemoryTables {

    private record Row(long used, Timestamp createdAt, Timestamp updatedAt) {
    }

    private record ConsumerRow(Consumer consumer, Timestamp createdAt, Timestamp updatedAt) {
    }

    private static final Comparator<Object[]> BY_PROVIDER = Comparator.<Object[], String>comparing(r -> (String) r[1])
            .thenComparing(r -> (String) r[2]).thenComparing(r -> (String) r[0]);

    private final JdbcTemplate target;
    private final Map<String, Map<String, Map<String, Row>>> allocations = new HashMap<>();
    private final Map<String, ConsumerRow> consumers = new HashMap<>();

    public MemoryAllocationTables(JdbcTemplate target) {
        this.target = target;
    }

    @Override
    public Map<String, Timestamp> createdAt(String consumerUuid, String providerUuid) {
        Map<String, Timestamp> created = new HashMap<>();
        Map<String, Map<String, Row>> held = allocations.get(consumerUuid);
        if (held != null) {
            held.getOrDefault(providerUuid, Map.of()).forEach((rc, row) -> created.put(rc, row.createdAt()));
        }
        return created;
    }

    @Override
    public void release(String consumerUuid, String providerUuid) {
        Map<String, Map<String, Row>> held = allocations.get(consumerUuid);
        if (held != null) {
            held.remove(providerUuid);
            if (held.isEmpty()) {
                allocations.remove(consumerUuid);
            }
        }
    }

    @Override
    public void hold(String consumerUuid, String providerUuid, Map<String, Long> used, Map<String, Timestamp> createdAt,
            Timestamp updatedAt) {
        if (used.isEmpty()) {
            return;
        }
        Map<String, Row> rows = allocations.computeIfAbsent(consumerUuid, k -> new HashMap<>(4))
                .computeIfAbsent(providerUuid, k -> new HashMap<>(4));
        used.forEach((rc, amount) -> {
            if (rows.putIfAbsent(rc, new Row(amount, createdAt.get(rc), updatedAt)) != null) {
                throw new IllegalStateException("allocation " + consumerUuid + "/" + providerUuid + "/" + rc + " exists");
            }
        });
    }

    @Override
    public boolean updateConsumer(Consumer consumer, Timestamp at) {
        return consumers.computeIfPresent(consumer.uuid(), (k, old) -> new ConsumerRow(consumer, old.createdAt(), at))
                != null;
    }

    @Override
    public void insertConsumer(Consumer consumer, Timestamp at) {
        if (consumers.putIfAbsent(consumer.uuid(), new ConsumerRow(consumer, at, at)) != null) {
            throw new IllegalStateException("consumer " + consumer.uuid() + " exists already");
        }
    }

    @Override
    public void removeConsumer(String consumerUuid) {
        allocations.remove(consumerUuid);
        consumers.remove(consumerUuid);
    }

    /** Writes the consumers, then the allocations (the larger table last, see MemoryReadModels). */
    @Override
    public void flush() {
        RowBatch consumerRows = new RowBatch(target, JdbcAllocationTables.INSERT_CONSUMER);
        consumers.values().forEach(row -> {
            Consumer c = row.consumer();
            consumerRows.add(c.uuid(), c.generation(), c.projectId(), c.userId(), c.consumerType(), row.createdAt(),
                    row.updatedAt());
        });
        consumerRows.flush();
        List<Object[]> rows = new ArrayList<>();
        allocations.forEach((consumer, held) -> held.forEach((rp, classes) -> classes.forEach((rc, row) ->
                rows.add(new Object[] {consumer, rp, rc, row.used(), row.createdAt(), row.updatedAt()}))));
        // In the order of ix_allocation_rp (provider, class), then consumer: H2 builds an index by sorting
        // the rows, which costs little when they were written in its order (this one is the larger sort).
        rows.sort(BY_PROVIDER);
        RowBatch allocationRows = new RowBatch(target, JdbcAllocationTables.INSERT_ALLOCATION);
        rows.forEach(allocationRows::add);
        allocationRows.flush();
    }
}
