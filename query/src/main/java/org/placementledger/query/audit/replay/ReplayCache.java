package org.placementledger.query.audit.replay;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On H2, a larger page cache while a replay runs, the database's own size put back after. H2 drops
 * a written page from memory and reads it back through its cache (16 MB by default); the replay reads
 * the whole event store through that cache too, so the shadow tables' pages are evicted before the
 * index builds scan them, and are read and decoded again. Other databases: nothing.
 */
final class ReplayCache implements AutoCloseable {

    /** In KB, as H2's CACHE_SIZE: the replay's tables (~50 MB per 100,000 events) and the reading's pages. */
    static final int REPLAY_KB = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ReplayCache.class);

    private final Connection connection;
    private final Integer before;

    /** Call with the connection in auto-commit: on H2, SET commits. */
    ReplayCache(Connection connection) throws SQLException {
        this.connection = connection;
        Integer kb = connection.getMetaData().getDatabaseProductName().equals("H2") ? size() : null;
        if (kb != null && kb < REPLAY_KB) {
            try {
                set(REPLAY_KB);
            } catch (SQLException e) {  // not an admin: the replay runs with the cache it has
                LOG.info("Replay: H2's cache stays at {} KB ({})", kb, e.getMessage());
                kb = null;
            }
        }
        this.before = kb;
    }

    /** H2's cache size in KB (its settings table gives it in MB). */
    private int size() throws SQLException {
        try (Statement s = connection.createStatement();
                var rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) * 1024 : REPLAY_KB;
        }
    }

    private void set(int kb) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET CACHE_SIZE " + kb);
        }
    }

    @Override
    public void close() {
        if (before != null && before < REPLAY_KB) {
            try {
                set(before);
            } catch (SQLException e) {
                LOG.warn("Replay: could not put H2's cache size back to {} KB", before, e);
            }
        }
    }
}
