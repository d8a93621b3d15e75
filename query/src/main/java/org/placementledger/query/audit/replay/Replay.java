package org.placementledger.query.audit.replay;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.placementledger.api.audit.ReadModelDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.placementledger.query.candidates.index.CandidateIndex;
import org.placementledger.query.candidates.index.IndexChanges;
import org.placementledger.query.candidates.index.IndexLoader;
import org.placementledger.query.candidates.index.IndexState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One rebuild of the read models. The API keeps serving from the live tables throughout:
 * <ol>
 * <li>the events are applied, batch by batch, by the live projections' rules to rows kept in memory
 *     ({@link MemoryReadModels}), which are then written with JDBC batches to a fresh table set beside
 *     the live one (each name + {@code _replay}, created by the read-model scripts themselves through
 *     {@link ShadowConnection}); the events committed meanwhile are applied to the shadow tables
 *     statement by statement, as live;</li>
 * <li>with commands held back ({@link ReplayGate}), the events committed meanwhile are applied too
 *     and the shadow renamed in for the live tables ({@link TableSwap}; queries wait for the renames
 *     only): a reader sees the old tables or the new, never a mix. The candidate index, loaded from
 *     the shadow tables before the hold and given the events applied under it, is swapped in before
 *     any command runs;</li>
 * <li>commands running again, the retired tables are digested ("before") and the new ones as they
 *     were at the swap ("after", in a snapshot taken then), and the retired tables dropped.</li>
 * </ol>
 * An event committed out of global order behind the replay (an index skipped when read, present at
 * the swap) fails the replay, leaving the live tables untouched: run it again.
 */
final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    static final int BATCH = 1000;
    private static final int MAX_GAPS = 100_000;

    private final DataSource dataSource;
    private final StoredEvents events;
    private final ReplayGate gate;
    private final CandidateIndex index;
    private final ReadModelTables tables = new ReadModelTables();
    private final TableSwap swap = new TableSwap(tables);
    private final List<Long> gaps = new ArrayList<>();
    private long position = -1;

    Replay(DataSource dataSource, StoredEvents events, ReplayGate gate, CandidateIndex index) {
        this.dataSource = dataSource;
        this.events = events;
        this.gate = gate;
        this.index = index;
    }

    /** Runs the replay; {@code progress} hears the number of events applied so far. */
    List<ReadModelDigest> run(LongConsumer progress) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate plain = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            // The shadow tables stand beside the live ones, named with a suffix this connection adds.
            JdbcTemplate shadowJdbc = new JdbcTemplate(new SingleConnectionDataSource(
                    ShadowConnection.of(connection, tables, TableSwap.SHADOW), true));
            try {
                swap.dropSpares(plain);
                tables.createTables(shadowJdbc);
                connection.setAutoCommit(false);
                long[] applied = {0};
                LongConsumer counted = n -> {
                    applied[0] += n;
                    progress.accept(applied[0]);
                };
                // The bulk in memory, written once; what follows (few events) statement by statement, as live.
                long t0 = System.nanoTime();
                long cpu0 = cpu();
                long process0 = processCpu();
                ProjectionReplayer replayer;
                long readerCpu;
                long writerCpu;
                long indexCpu;
                long t1;
                long cpu1;
                // Rows are written by a thread of their own, on this connection: nothing else uses it meanwhile.
                // The allocation rows (all written at the end) by a second one, on a second connection.
                // Keys and indexes are built on a third connection, each table's once its rows are all in.
                try (WriteBehind writes = new WriteBehind(shadowJdbc.getDataSource());
                        WriteBehind allocationWrites = WriteBehind.ofOwnConnection(dataSource, tables);
                        IndexBuilder indexes = new IndexBuilder(dataSource, tables)) {
                    MemoryReadModels memory = new MemoryReadModels(writes, allocationWrites);
                    replayer = new ProjectionReplayer(memory.projections());
                    try (ReadAhead reading = new ReadAhead(events, position, BATCH)) {
                        catchUp(replayer, counted, reading::next);
                        readerCpu = reading.cpuNanos();
                    }
                    t1 = System.nanoTime();
                    cpu1 = cpu();
                    writes.written(sofar -> { });  // the events' rows so far: their tables are not complete yet
                    // The two flushes side by side: each waits on its writer's queue, not on the other's.
                    CompletableFuture<Void> allocations = CompletableFuture.runAsync(
                            () -> memory.flushAllocations(() -> allocationWrites.written(indexes::build)),
                            ReplayThreads.each("read-model-replay-flush"));
                    memory.flushOthers(() -> writes.written(indexes::build));
                    joined(allocations);
                    writes.drain();
                    allocationWrites.drain();
                    writerCpu = writes.cpuNanos() + allocationWrites.cpuNanos();
                    LOG.debug("Replay: rows written {} ms after the events were applied",
                            (System.nanoTime() - t1) / 1_000_000);
                    commit(connection);
                    indexes.finish();
                    indexCpu = indexes.cpuNanos();
                }
                counted.accept(0);  // the rate counts the writing of the rows too
                long t3 = System.nanoTime();
                // Wall and the threads' CPU time: on a shared machine the CPU time is the comparable figure.
                LOG.info("Replay: {} events applied in memory in {} ms ({} ms CPU applying + {} ms CPU reading),"
                        + " rows written and indexed in {} ms ({} ms CPU; writer threads {} ms CPU in all,"
                        + " index thread {} ms CPU); the process {} ms CPU in all",
                        applied[0], (t1 - t0) / 1_000_000, (cpu1 - cpu0) / 1_000_000, readerCpu / 1_000_000,
                        (t3 - t1) / 1_000_000, (cpu() - cpu1) / 1_000_000, writerCpu / 1_000_000,
                        indexCpu / 1_000_000, (processCpu() - process0) / 1_000_000);
                replayer.use(ProjectionReplayer.jdbc(shadowJdbc));
                catchUp(replayer, counted);
                commit(connection);
                return swapped(replayer, counted, connection, shadowJdbc);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                swap.dropSpares(plain);
            }
        }
    }

    /**
     * With commands held: the last events (to the shadow tables and the new candidate index), the gap
     * check, the renames (queries held too), a snapshot of the new tables, the new index swapped in.
     * Then, commands running again, the digests: "before" of the retired tables (nothing writes them
     * any more), "after" of the new ones in the snapshot taken at the swap. Both are the tables as they
     * were at the swap, exactly; the commands wait for none of the digesting.
     */
    private List<ReadModelDigest> swapped(ProjectionReplayer replayer, LongConsumer counted, Connection connection,
            JdbcTemplate shadowJdbc) throws SQLException {
        // The candidate index of the new tables, loaded before the hold; the hold adds only its last events.
        IndexState fresh = IndexLoader.load(shadowJdbc);
        try (Connection snapshot = dataSource.getConnection()) {
            snapshot.setAutoCommit(false);
            // H2's REPEATABLE READ takes a snapshot per table; its SERIALIZABLE one per transaction, as
            // PostgreSQL's REPEATABLE READ does (which, unlike its SERIALIZABLE, never fails a reader).
            snapshot.setTransactionIsolation(Dialect.isH2(snapshot)
                    ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ);
            JdbcTemplate snapshotJdbc = new JdbcTemplate(new SingleConnectionDataSource(snapshot, true));
            long[] held = new long[3];
            gate.closed(() -> {
                long start = System.nanoTime();
                long from = position;
                catchUp(replayer, counted, () -> indexed(events.after(position, BATCH), fresh));
                held[2] = position - from;
                commit(connection);
                List<Long> late = events.present(gaps);
                if (!late.isEmpty()) {
                    throw new IllegalStateException("events " + late + " were committed behind the replay; run it again");
                }
                gate.queriesHeld(() -> {
                    long renames = System.nanoTime();
                    try {
                        swap.swap(connection);
                    } catch (SQLException e) {
                        throw new IllegalStateException("could not swap the rebuilt read models in", e);
                    }
                    snapshotJdbc.queryForObject("SELECT COUNT(*) FROM " + tables.tables().get(0), Long.class);
                    held[1] = System.nanoTime() - renames;
                    return null;
                });
                index.replace(fresh);
                held[0] = System.nanoTime() - start;
                return null;
            });
            LOG.info("Replay: swapped in; commands held {} ms (catch-up of {} positions, renames),"
                    + " queries {} ms", held[0] / 1_000_000, held[2], held[1] / 1_000_000);
            long start = System.nanoTime();
            // The retired tables on a pooled connection (nothing writes them any more), the new ones in the
            // snapshot, side by side.
            JdbcTemplate pooled = new JdbcTemplate(dataSource);
            CompletableFuture<List<TableDigest.Result>> retired = CompletableFuture.supplyAsync(() -> tables.tables()
                    .stream().map(table -> TableDigest.of(pooled, table + TableSwap.RETIRED)).toList(),
                    ReplayThreads.each("read-model-replay-digests"));
            List<TableDigest.Result> rebuilt = tables.tables().stream()
                    .map(table -> TableDigest.of(snapshotJdbc, table)).toList();
            List<TableDigest.Result> before = joined(retired);
            List<ReadModelDigest> digests = new ArrayList<>();
            for (int i = 0; i < rebuilt.size(); i++) {
                digests.add(new ReadModelDigest(tables.tables().get(i), rebuilt.get(i).rows(), before.get(i).sha256(),
                        rebuilt.get(i).sha256()));
            }
            snapshot.rollback();
            LOG.info("Replay: digests in {} ms, commands running", (System.nanoTime() - start) / 1_000_000);
            return digests;
        }
    }

    private static StoredEvents.Batch indexed(StoredEvents.Batch batch, IndexState index) {
        for (var event : batch.messages()) {
            Consumer<IndexState> change = IndexChanges.of(event.getPayload());
            if (change != null) {
                change.accept(index);
            }
        }
        return batch;
    }

    /** Applies the events after the position; the caller commits (one transaction: H2 writes pages per commit). */
    private void catchUp(ProjectionReplayer replayer, LongConsumer counted) {
        catchUp(replayer, counted, () -> events.after(position, BATCH));
    }

    private void catchUp(ProjectionReplayer replayer, LongConsumer counted, Supplier<StoredEvents.Batch> batches) {
        while (true) {
            StoredEvents.Batch batch = batches.get();
            if (batch.rows() == 0) {
                return;
            }
            noteGaps(batch);
            replayer.apply(batch.messages());
            position = batch.last();
            counted.accept(batch.rows());
        }
    }

    /** Global indexes skipped between rows read: an event there may still commit (see the class comment). */
    private void noteGaps(StoredEvents.Batch batch) {
        long previous = position;
        for (var event : batch.messages()) {
            long at = StoredEvents.position(event);
            for (long missing = previous + 1; previous >= 0 && missing < at && gaps.size() < MAX_GAPS; missing++) {
                gaps.add(missing);
            }
            previous = at;
        }
    }

    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The whole process's CPU time (every thread, the JIT and the collector too), or 0 if unknown. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not commit a replayed batch", e);
        }
    }
}
