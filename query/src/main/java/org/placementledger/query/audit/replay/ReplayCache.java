package org.placementledger.query.audit.replay;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2's page cache, raised for the time of a replay and put back after: a quarter of the heap, at
 * most 256 MB (H2's default is 16 MB), so that the new tables' pages are still in memory when their
 * indexes are built (session 12, 10 alternating replays: a median of 27,970 against 23,516 events/s).
 * Put back because H2 keeps the setting in the store: a larger cache would outlive the replay. The
 * cache is the database's, so the service's queries share the larger one meanwhile. Nothing happens on
 * another database, or when the cache is that large already. {@code before}: the size to put back
 * (KB), or -1 when nothing was changed.
 */
record ReplayCache(JdbcTemplate jdbc, long before) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayCache.class);
    static final long MAX_KB = 256L * 1024;

    /** The cache a replay wants, in KB, for a JVM of at most {@code maxHeap} bytes. */
    static long sizeKb(long maxHeap) {
        return Math.min(MAX_KB, maxHeap / 4 / 1024);
    }

    /** Raises the cache of {@code dataSource}'s database to {@link #sizeKb} of this JVM's heap, if it is H2. */
    static ReplayCache raised(DataSource dataSource) {
        return raised(dataSource, sizeKb(Runtime.getRuntime().maxMemory()));
    }

    /** As {@link #raised(DataSource)}; a failure leaves the cache as it was (the replay runs on, slower). */
    static ReplayCache raised(DataSource dataSource, long wantedKb) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            Long current = jdbc.execute((ConnectionCallback<Long>) connection -> cacheKb(connection));
            if (current == null || current >= wantedKb) {
                LOG.debug("Replay: H2's page cache left as it was ({} KB; {} KB wanted)", current, wantedKb);
                return new ReplayCache(jdbc, -1);
            }
            jdbc.execute("SET CACHE_SIZE " + wantedKb);
            LOG.info("Replay: H2's page cache {} KB for the replay (was {} KB)", wantedKb, current);
            return new ReplayCache(jdbc, current);
        } catch (DataAccessException e) {
            LOG.warn("Replay: H2's page cache left as it was: {}", e.getMessage());
            return new ReplayCache(jdbc, -1);
        }
    }

    /**
     * The H2 cache's size in KB, or null on another database: H2 lists its setting only when the URL
     * gives one, but always the cache's present size, in MB ({@code info.CACHE_MAX_SIZE}).
     */
    private static Long cacheKb(Connection connection) throws SQLException {
        if (!Dialect.isH2(connection)) {
            return null;
        }
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) * 1024 : null;
        }
    }

    /** Puts the cache back to its size before the replay. */
    @Override
    public void close() {
        if (before >= 0) {
            jdbc.execute("SET CACHE_SIZE " + before);
        }
    }
}
