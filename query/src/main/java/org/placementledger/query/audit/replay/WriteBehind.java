package org.placementledger.query.audit.replay;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The replay's in-memory read models write their rows through this template: each
 * {@code batchUpdate(sql, rows)} (a {@code RowBatch} chunk) is queued to one writer thread, which
 * writes the chunks in order on the replay's connection, so the database's work per row runs on the
 * second core while the projections apply the next events. The applying thread uses the connection
 * for nothing else until {@link #drain()} (a few chunks may wait: when the writer is behind, the
 * applying side waits for it, so the history is never held in memory). Other calls run on the
 * caller's thread, as a plain template's. The writer commits every {@link #COMMIT_ROWS} rows: on H2 a
 * commit walks the transaction's undo log row by row, cheaper while its pages are still cached, and
 * off the applying thread; the shadow tables are the replay's alone (dropped if it fails), so a
 * partial commit shows nothing to anyone.
 */
final class WriteBehind extends JdbcTemplate implements AutoCloseable {

    private static final int CHUNKS_AHEAD = 4;
    /** Rows per commit: many JDBC chunks, so that the commits' own cost (H2 writes a chunk of pages each) stays small. */
    static final int COMMIT_ROWS = 50_000;

    /** Rows for one INSERT; or, with {@code then}, a point in the queue ({@link #written}). */
    private record Chunk(String sql, List<Object[]> rows, Consumer<Set<String>> then) {
    }

    private static final Chunk END = new Chunk("", List.of(), null);
    private static final Pattern INSERT_INTO = Pattern.compile("(?i)^\\s*INSERT\\s+INTO\\s+(\\w+)");

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread writer;
    private volatile RuntimeException failure;
    private volatile boolean closing;
    private volatile long cpu;
    private long queued;
    private volatile long written;

    /** Whether the database takes an INSERT of column arrays ({@link ColumnArrayInsert}): H2. */
    private final boolean columnArrays;
    /** A connection this writer owns (closed with it), or null when the caller's. */
    private final Connection own;

    WriteBehind(DataSource dataSource) {
        this(dataSource, null);
    }

    private WriteBehind(DataSource dataSource, Connection own) {
        super(dataSource);
        this.own = own;
        this.columnArrays = Boolean.TRUE.equals(execute((ConnectionCallback<Boolean>) Dialect::isH2));
        writer = ReplayThreads.start("read-model-replay-writer", this::write);
    }

    /**
     * A writer on a connection of its own from {@code dataSource}, to the shadow tables: it writes
     * beside the replay's connection (another table set's rows at once). It commits at each
     * {@link #written} point; closing it rolls back whatever a failure left and closes the connection.
     */
    static WriteBehind ofOwnConnection(DataSource dataSource, ReadModelTables tables) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return new WriteBehind(new SingleConnectionDataSource(
                ShadowConnection.of(connection, tables, TableSwap.SHADOW), true), connection);
    }

    private void write() {
        try {
            long uncommitted = 0;
            Set<String> tables = new LinkedHashSet<>();
            for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                if (failure == null && !closing) {
                    try {
                        if (chunk.then() != null) {
                            commit();
                            uncommitted = 0;
                            chunk.then().accept(Set.copyOf(tables));
                            tables.clear();
                        } else {
                            insert(chunk.sql(), chunk.rows());
                            Matcher table = INSERT_INTO.matcher(chunk.sql());
                            tables.add(table.find() ? table.group(1).toLowerCase() : chunk.sql());
                            uncommitted += chunk.rows().size();
                            if (uncommitted >= COMMIT_ROWS) {
                                commit();
                                uncommitted = 0;
                            }
                        }
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                synchronized (this) {
                    written++;
                    notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rows, as one statement of column arrays on H2 ({@link ColumnArrayInsert}), else as a JDBC batch. */
    private void insert(String sql, List<Object[]> rows) {
        ColumnArrayInsert.Statement arrays = columnArrays ? ColumnArrayInsert.of(sql, rows) : null;
        if (arrays == null) {
            super.batchUpdate(sql, rows);
            return;
        }
        execute(arrays.sql(), (PreparedStatementCallback<Integer>) statement -> {
            for (int i = 0; i < arrays.columns().length; i++) {
                statement.setObject(i + 1, arrays.columns()[i]);
            }
            return statement.executeUpdate();
        });
    }

    private void commit() {
        execute((ConnectionCallback<Void>) connection -> {
            connection.commit();
            return null;
        });
    }

    /** Queues the rows (the caller hands them over: it must not change the list afterwards). */
    @Override
    public int[] batchUpdate(String sql, List<Object[]> rows) {
        rethrow();
        put(new Chunk(sql, rows, null), true);
        queued++;
        return new int[0];
    }

    /**
     * Queues a point after the chunks queued so far: when the writer reaches it, it commits them and
     * hands {@code then} (on the writer thread) the tables it wrote since the previous point, by
     * their names in the INSERTs. Another connection may then build those tables' indexes while
     * this one writes the next tables' rows. Not called if a chunk failed.
     */
    void written(Consumer<Set<String>> then) {
        rethrow();
        put(new Chunk("", List.of(), then), true);
        queued++;
    }

    /** Waits until every queued chunk is written; throws the first failure. */
    void drain() {
        synchronized (this) {
            while (written < queued) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the rows", e);
                }
            }
        }
        rethrow();
    }

    /** The writing thread's CPU time so far, in nanoseconds. */
    long cpuNanos() {
        return cpu;
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }

    private void put(Chunk chunk, boolean failFast) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (failFast) {
                    rethrow();
                }
                if (closing && !writer.isAlive()) {
                    return;  // closed (a replay that failed elsewhere): nothing will take it
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the rows", e);
        }
    }

    /**
     * Stops the writer, leaving the chunks not yet written (a replay that failed: they would be rolled
     * back), and waits for it, so the caller has the connection to itself again. Not interrupted: H2
     * closes its file on an interrupt.
     */
    @Override
    public void close() {
        closing = true;
        put(END, false);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (own != null) {
            try (own) {
                own.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException("could not close a replay writer's connection", e);
            }
        }
    }
}
