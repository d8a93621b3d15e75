package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The replay's writer thread: chunks reach the table in the order given, on the caller's
 * connection; every {@link WriteBehind#COMMIT_ROWS} rows are committed (visible to another
 * session), the rest when the caller commits; a failed chunk fails {@link WriteBehind#drain()}; a
 * point in the queue commits the rows before it and names the tables written since the point before.
 */
class WriteBehindTest {

    private static final String INSERT = "INSERT INTO custom_trait (name, created_at) VALUES (?, CURRENT_TIMESTAMP)";

    private final JdbcTemplate live = ReadModelDatabase.fresh();

    private static List<Object[]> names(int from, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            rows.add(new Object[] {String.format("CUSTOM_%06d", i)});
        }
        return rows;
    }

    private long committed() {
        return live.queryForObject("SELECT COUNT(*) FROM custom_trait", Long.class);
    }

    @Test
    void writesTheChunksInOrderAndCommitsEveryCommitRows() throws SQLException {
        int chunk = 5_000;
        int chunks = WriteBehind.COMMIT_ROWS / chunk + 1;
        try (Connection connection = live.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (WriteBehind writes = new WriteBehind(new SingleConnectionDataSource(connection, true))) {
                for (int i = 0; i < chunks; i++) {
                    writes.batchUpdate(INSERT, names(i * chunk, chunk));
                }
                writes.drain();
            }
            assertThat(committed()).isEqualTo(WriteBehind.COMMIT_ROWS);
            connection.commit();
        }
        assertThat(committed()).isEqualTo((long) chunks * chunk);
        assertThat(live.queryForObject("SELECT MAX(name) FROM custom_trait", String.class))
                .isEqualTo(String.format("CUSTOM_%06d", chunks * chunk - 1));
    }

    @Test
    void aFailedChunkFailsTheDrainAndTheRestIsNotWritten() throws SQLException {
        try (Connection connection = live.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (WriteBehind writes = new WriteBehind(new SingleConnectionDataSource(connection, true))) {
                writes.batchUpdate(INSERT, names(0, 2));
                writes.batchUpdate(INSERT, names(1, 2));  // CUSTOM_000001 again: a primary key violation
                // The failure shows at the next call or at the drain, whichever comes after the writer met it.
                assertThatThrownBy(() -> {
                    writes.batchUpdate(INSERT, names(10, 2));
                    writes.drain();
                }).isInstanceOf(DataAccessException.class);
            }
            connection.commit();
        }
        assertThat(live.queryForList("SELECT name FROM custom_trait ORDER BY 1", String.class))
                .doesNotContain("CUSTOM_000010", "CUSTOM_000011");
    }

    @Test
    void aPointCommitsTheRowsBeforeItAndNamesTheTablesWrittenSinceThePreviousPoint() throws SQLException {
        List<java.util.Set<String>> named = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Connection connection = live.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (WriteBehind writes = new WriteBehind(new SingleConnectionDataSource(connection, true))) {
                writes.batchUpdate(INSERT, names(0, 3));
                writes.written(tables -> {
                    named.add(tables);
                    seen.add(committed());
                });
                writes.batchUpdate("INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES (?, 'T', CURRENT_TIMESTAMP)",
                        List.<Object[]>of(new Object[] {"rp1"}));
                writes.batchUpdate(INSERT, names(3, 1));
                writes.written(named::add);
                writes.written(named::add);
                writes.drain();
            }
            connection.commit();
        }
        assertThat(seen).containsExactly(3L);  // another session sees them: committed
        assertThat(named).containsExactly(java.util.Set.of("custom_trait"), java.util.Set.of("rp_trait", "custom_trait"),
                java.util.Set.of());
    }

    @Test
    void chunksGivenAfterCloseAreDroppedWithoutBlockingTheCaller() throws SQLException {
        WriteBehind writes = WriteBehind.ofOwnConnection(live.getDataSource(), new ReadModelTables());
        writes.close();
        // A flush on another thread still handing rows over (the replay failed elsewhere): more than the
        // queue holds, none written, the caller not held.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 10; i++) {
                writes.batchUpdate(INSERT, names(i, 1));
            }
        });
        assertThat(committed()).isZero();
    }
}
