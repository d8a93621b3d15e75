package org.placementledger.query.audit.replay;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.placementledger.api.audit.ReadModelDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.placementledger.query.candidates.index.CandidateIndex;
import org.placementledger.query.candidates.index.IndexLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One rebuild of the read models. The API keeps serving from the live tables throughout:
 * <ol>
 * <li>the events are applied, batch by batch, by the live projections' rules to rows kept in memory
 *     ({@link MemoryReadModels}), which are then written with JDBC batches to a fresh table set in a
 *     shadow schema (the live schema's name + {@code _replay}), created by the read-model scripts
 *     themselves; the events committed meanwhile are applied to the shadow tables statement by
 *     statement, as live;</li>
 * <li>with commands held back ({@link ReplayGate}), the events committed meanwhile are applied too,
 *     the live tables are digested ("before"), replaced by the shadow rows in ONE transaction and
 *     digested again ("after"): a reader sees the old tables or the new, never a mix;</li>
 * <li>the candidate index is rebuilt from the new tables and swapped in, still before any command
 *     runs, and the shadow schema dropped.</li>
 * </ol>
 * An event committed out of global order behind the replay (an index skipped when read, present at
 * the swap) fails the replay, leaving the live tables untouched: run it again.
 */
final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    static final int BATCH = 1000;
    private static final int MAX_GAPS = 100_000;

    private final DataSource dataSource;
    private final JdbcTemplate live;
    private final StoredEvents events;
    private final ReplayGate gate;
    private final CandidateIndex index;
    private final ReadModelTables tables = new ReadModelTables();
    private final List<Long> gaps = new ArrayList<>();
    private long position = -1;

    Replay(DataSource dataSource, StoredEvents events, ReplayGate gate, CandidateIndex index) {
        this.dataSource = dataSource;
        this.live = new JdbcTemplate(dataSource);
        this.events = events;
        this.gate = gate;
        this.index = index;
    }

    /** Runs the replay; {@code progress} hears the number of events applied so far. */
    List<ReadModelDigest> run(LongConsumer progress) throws SQLException {
        try (Connection shadowConnection = dataSource.getConnection()) {
            String liveSchema = shadowConnection.getSchema();
            // In the live schema's letter case, so that the unquoted name in SQL and setSchema agree (H2 folds
            // unquoted names to upper case, PostgreSQL to lower).
            String shadow = liveSchema + (liveSchema.equals(liveSchema.toUpperCase()) ? "_REPLAY" : "_replay");
            JdbcTemplate shadowJdbc = new JdbcTemplate(new SingleConnectionDataSource(shadowConnection, true));
            try {
                shadowJdbc.execute("DROP SCHEMA IF EXISTS " + shadow + " CASCADE");
                shadowJdbc.execute("CREATE SCHEMA " + shadow);
                shadowConnection.setSchema(shadow);
                tables.createTables(shadowJdbc);
                shadowConnection.setAutoCommit(false);
                long[] applied = {0};
                LongConsumer counted = n -> {
                    applied[0] += n;
                    progress.accept(applied[0]);
                };
                // The bulk in memory, written once; what follows (few events) statement by statement, as live.
                long t0 = System.nanoTime();
                long cpu0 = cpu();
                MemoryReadModels memory = new MemoryReadModels(shadowJdbc);
                ProjectionReplayer replayer = new ProjectionReplayer(memory.projections());
                catchUp(replayer, counted);
                long t1 = System.nanoTime();
                long cpu1 = cpu();
                memory.flush();
                commit(shadowConnection);
                tables.createIndexes(shadowJdbc);
                commit(shadowConnection);
                counted.accept(0);  // the rate counts the writing of the rows too
                long t3 = System.nanoTime();
                // Wall and this thread's CPU time: on a shared machine the CPU time is the comparable figure.
                LOG.info("Replay: {} events applied in memory in {} ms ({} ms CPU), rows written and indexed in {} ms"
                        + " ({} ms CPU)", applied[0], (t1 - t0) / 1_000_000, (cpu1 - cpu0) / 1_000_000,
                        (t3 - t1) / 1_000_000, (cpu() - cpu1) / 1_000_000);
                replayer.use(ProjectionReplayer.jdbc(shadowJdbc));
                catchUp(replayer, counted);
                commit(shadowConnection);
                List<ReadModelDigest> digests = gate.closed(() -> {
                    catchUp(replayer, counted);
                    commit(shadowConnection);
                    long swapStart = System.nanoTime();
                    List<ReadModelDigest> swapped = swap(shadow);
                    LOG.info("Replay: {} events in all; swapped in {} ms (digests included)", applied[0],
                            (System.nanoTime() - swapStart) / 1_000_000);
                    return swapped;
                });
                return digests;
            } finally {
                shadowConnection.rollback();
                shadowConnection.setAutoCommit(true);
                shadowConnection.setSchema(liveSchema);
                shadowJdbc.execute("DROP SCHEMA IF EXISTS " + shadow + " CASCADE");
            }
        }
    }

    /** Applies the events after the position; the caller commits (one transaction: H2 writes pages per commit). */
    private void catchUp(ProjectionReplayer replayer, LongConsumer counted) {
        while (true) {
            StoredEvents.Batch batch = events.after(position, BATCH);
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

    private List<ReadModelDigest> swap(String shadow) {
        List<Long> late = events.present(gaps);
        if (!late.isEmpty()) {
            throw new IllegalStateException("events " + late + " were committed behind the replay; run it again");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            List<ReadModelDigest> digests = new ArrayList<>();
            try {
                List<TableDigest.Result> before = new ArrayList<>();
                for (String table : tables.tables()) {
                    before.add(TableDigest.of(jdbc, table));
                    jdbc.update("DELETE FROM " + table);
                    jdbc.update("INSERT INTO " + table + " SELECT * FROM " + shadow + "." + table);
                }
                for (int i = 0; i < tables.tables().size(); i++) {
                    TableDigest.Result after = TableDigest.of(jdbc, tables.tables().get(i));
                    digests.add(new ReadModelDigest(tables.tables().get(i), after.rows(), before.get(i).sha256(),
                            after.sha256()));
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            index.replace(IndexLoader.load(live));
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("could not swap the rebuilt read models in", e);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not commit a replayed batch", e);
        }
    }
}
