package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On an H2 file database the replay's larger page cache holds while it runs; the database's own size comes back. */
class ReplayCacheTest {

    private static int cacheMb(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }

    @Test
    void raisesTheCacheWhileTheReplayRunsAndPutsItBack(@TempDir Path dir) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";CACHE_SIZE=8192");
                Connection other = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"))) {
            try (ReplayCache cache = new ReplayCache(connection)) {
                assertThat(cacheMb(other)).isEqualTo(ReplayCache.REPLAY_KB / 1024);
            }
            assertThat(cacheMb(other)).isEqualTo(8);
        }
    }
}
