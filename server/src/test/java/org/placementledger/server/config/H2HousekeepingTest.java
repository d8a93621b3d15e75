package org.placementledger.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2HousekeepingTest {

    @TempDir
    Path dir;

    @Test
    void compactionRaisesTheFillRateOfAStoreWrittenOneSmallCommitAtATime() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;RETENTION_TIME=0");
        // RETENTION_TIME=0: chunks emptied by the compaction are dropped at once, so the fill rate shows it.
        try (Connection keepOpen = dataSource.getConnection()) {
            try (Statement ddl = keepOpen.createStatement()) {
                ddl.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(64))");
                ddl.execute("CREATE TABLE counter (id INT PRIMARY KEY, n INT)");
                ddl.execute("INSERT INTO counter VALUES (1, 0)");
            }
            try (PreparedStatement insert = keepOpen.prepareStatement("INSERT INTO t VALUES (?, ?)");
                 PreparedStatement bump = keepOpen.prepareStatement("UPDATE counter SET n = n + 1 WHERE id = 1")) {
                for (int i = 0; i < 2000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "row " + i);
                    insert.executeUpdate();
                    bump.executeUpdate();
                }
            }
            H2Housekeeping housekeeping = new H2Housekeeping(dataSource, 80, 4 << 20, Duration.ofSeconds(1));
            MVStore store = housekeeping.h2Store();
            assertThat(store).isNotNull();
            int before = store.getFileStore().getChunksFillRate();
            for (int i = 0; i < 20; i++) {
                housekeeping.compact(store);
            }
            store.getFileStore().dropUnusedChunks();
            int after = store.getFileStore().getChunksFillRate();

            assertThat(before).isLessThan(50);
            assertThat(after).isGreaterThan(before);
            try (Statement count = keepOpen.createStatement();
                 var rows = count.executeQuery("SELECT COUNT(*), (SELECT n FROM counter) FROM t")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2000);
                assertThat(rows.getInt(2)).isEqualTo(2000);
            }
        }
    }

    @Test
    void anInMemoryDatabaseHasNothingToCompact() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:housekeeping;DB_CLOSE_DELAY=-1");
        assertThat(new H2Housekeeping(dataSource, 80, 4 << 20, Duration.ofSeconds(1)).h2Store()).isNull();
    }
}
