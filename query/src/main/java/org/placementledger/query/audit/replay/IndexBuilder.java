package org.placementledger.query.audit.replay;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Builds the shadow tables' primary keys and indexes on a thread and a connection of their own, a
 * table as soon as its rows are all written and committed ({@link WriteBehind#written}), while the
 * writer's connection fills the next tables: on two cores the index builds (a third of the replay's
 * database work) overlap the last rows' inserts instead of following them. One table at a time: H2
 * holds its schema lock for the whole of an index build, so two connections cannot build in parallel.
 */
final class IndexBuilder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);

    private final ReadModelTables tables;
    private final Connection connection;
    private final JdbcTemplate shadow;
    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(ReplayThreads.factory("read-model-replay-indexes"));
    private final Set<String> asked = new LinkedHashSet<>();
    private final List<Future<?>> builds = new ArrayList<>();
    private volatile long cpu;

    /** A connection of {@code dataSource} (auto-commit: each DDL statement commits) to the shadow tables. */
    IndexBuilder(DataSource dataSource, ReadModelTables tables) throws SQLException {
        this.tables = tables;
        this.connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        this.shadow = new JdbcTemplate(new SingleConnectionDataSource(
                ShadowConnection.of(connection, tables, TableSwap.SHADOW), true));
    }

    /** Queues the keys and indexes of those of {@code names} that are read-model tables not queued yet. */
    synchronized void build(Collection<String> names) {
        for (String table : names) {
            if (tables.tables().contains(table) && asked.add(table)) {
                long queued = System.nanoTime();
                builds.add(thread.submit(() -> {
                    long start = System.nanoTime();
                    tables.createIndexes(shadow, table);
                    cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    LOG.debug("Replay: {} indexed in {} ms, {} ms after its rows were in", table,
                            (System.nanoTime() - start) / 1_000_000, (System.nanoTime() - queued) / 1_000_000);
                }));
            }
        }
    }

    /** Builds the remaining tables' keys and indexes (and the scripts' other statements), waits for all. */
    void finish() {
        build(tables.tables());
        List<Future<?>> all;
        synchronized (this) {
            builds.add(thread.submit(() -> tables.createOthers(shadow)));
            all = List.copyOf(builds);
        }
        try {
            for (Future<?> build : all) {
                build.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the indexes", e);
        }
    }

    /** The index thread's CPU time so far, in nanoseconds. */
    long cpuNanos() {
        return cpu;
    }

    /** Lets a build under way end (not interrupted: H2 closes its file on an interrupt), skips the rest. */
    @Override
    public void close() throws SQLException {
        synchronized (this) {
            builds.forEach(build -> build.cancel(false));
        }
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connection.close();
        }
    }
}
