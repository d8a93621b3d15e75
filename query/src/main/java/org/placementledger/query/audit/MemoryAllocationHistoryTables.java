package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.placementledger.query.readmodel.MemoryTables;
import org.placementledger.query.readmodel.RowBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link AllocationHistoryTables} for a replay: the versions in force in maps (by consumer, then
 * provider, then class); an ended version goes to the target table, in JDBC batches, as it ends.
 * {@link #flush()} writes the versions still in force.
 */
public final class MemoryAllocationHistoryTables implements AllocationHistoryTables, MemoryTables {

    private record Used(long used, OffsetDateTime from) {
    }

    private record OpenConsumer(Consumer consumer, OffsetDateTime from) {
    }

    private final Map<String, Map<String, Map<String, Used>>> holdings = new HashMap<>();
    private final Map<String, OpenConsumer> consumers = new HashMap<>();
    private final RowBatch allocationRows;
    private final RowBatch consumerRows;

    public MemoryAllocationHistoryTables(JdbcTemplate target) {
        allocationRows = new RowBatch(target, JdbcAllocationHistoryTables.INSERT_ALLOCATION);
        consumerRows = new RowBatch(target, JdbcAllocationHistoryTables.INSERT_CONSUMER);
    }

    @Override
    public Map<String, Long> current(String consumerUuid, String providerUuid) {
        Map<String, Long> current = new HashMap<>();
        Map<String, Map<String, Used>> held = holdings.get(consumerUuid);
        if (held != null) {
            held.getOrDefault(providerUuid, Map.of()).forEach((rc, v) -> current.put(rc, v.used()));
        }
        return current;
    }

    @Override
    public void end(String consumerUuid, String providerUuid, String rc, OffsetDateTime t) {
        Map<String, Map<String, Used>> held = holdings.get(consumerUuid);
        Map<String, Used> classes = held == null ? null : held.get(providerUuid);
        Used version = classes == null ? null : classes.remove(rc);
        if (version != null) {
            write(consumerUuid, providerUuid, rc, version, t);
        }
    }

    @Override
    public void end(String consumerUuid, String providerUuid, OffsetDateTime t) {
        Map<String, Map<String, Used>> held = holdings.get(consumerUuid);
        Map<String, Used> classes = held == null ? null : held.remove(providerUuid);
        if (classes != null) {
            classes.forEach((rc, version) -> write(consumerUuid, providerUuid, rc, version, t));
        }
    }

    @Override
    public void endHoldings(String consumerUuid, OffsetDateTime t) {
        Map<String, Map<String, Used>> held = holdings.remove(consumerUuid);
        if (held != null) {
            held.forEach((rp, classes) -> classes.forEach((rc, version) -> write(consumerUuid, rp, rc, version, t)));
        }
    }

    @Override
    public void begin(String consumerUuid, String providerUuid, Map<String, Long> used, OffsetDateTime t) {
        if (used.isEmpty()) {
            return;
        }
        Map<String, Used> classes = holdings.computeIfAbsent(consumerUuid, k -> new HashMap<>(4))
                .computeIfAbsent(providerUuid, k -> new HashMap<>(4));
        used.forEach((rc, amount) -> {
            if (classes.putIfAbsent(rc, new Used(amount, t)) != null) {
                throw new IllegalStateException("allocation " + consumerUuid + "/" + providerUuid + "/" + rc
                        + " would have two versions in force");
            }
        });
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
        holdings.forEach((consumer, held) -> held.forEach((rp, classes) -> classes.forEach((rc, version) ->
                write(consumer, rp, rc, version, OPEN))));
        consumers.forEach((uuid, open) -> write(uuid, open, OPEN));
        holdings.clear();
        consumers.clear();
        allocationRows.flush();
        consumerRows.flush();
    }

    private void write(String consumerUuid, String providerUuid, String rc, Used version, OffsetDateTime to) {
        allocationRows.add(consumerUuid, providerUuid, rc, version.used(), version.from(), to);
    }

    private void write(String consumerUuid, OpenConsumer open, OffsetDateTime to) {
        Consumer c = open.consumer();
        consumerRows.add(consumerUuid, c.generation(), c.projectId(), c.userId(), c.consumerType(), open.from(), to);
    }
}
