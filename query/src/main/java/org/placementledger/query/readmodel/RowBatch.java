package org.placementledger.query.readmodel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one INSERT statement, written as JDBC batches (addBatch/executeBatch) of {@link #CHUNK}
 * rows: the way a replay's in-memory read models reach their tables, one statement parsed once
 * instead of one per row. The values are bound as JdbcTemplate binds a live projection's, so the
 * rows come out the same.
 */
public final class RowBatch {

    /** Rows per executeBatch: large enough to amortise the round trip, small enough to keep little in memory. */
    static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final String insert;
    private List<Object[]> rows = new ArrayList<>();
    private long written;

    public RowBatch(JdbcTemplate jdbc, String insert) {
        this.jdbc = jdbc;
        this.insert = insert;
    }

    /** Adds one row (the INSERT's parameters in order); writes a chunk when one is full. */
    public void add(Object... row) {
        rows.add(row);
        if (rows.size() >= CHUNK) {
            flush();
        }
    }

    /** Writes the rows not yet written. */
    public void flush() {
        if (!rows.isEmpty()) {
            // A fresh list each time: the template may write these rows later, on another thread.
            jdbc.batchUpdate(insert, rows);
            written += rows.size();
            rows = new ArrayList<>();
        }
    }

    /** Rows written so far. */
    public long written() {
        return written;
    }
}
