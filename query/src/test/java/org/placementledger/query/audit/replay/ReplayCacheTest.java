package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** H2's page cache raised for a replay and put back after; left alone when large enough already. */
class ReplayCacheTest {

    @TempDir
    Path dir;

    /** A file database with a page cache of {@code kb}: set, not in the URL (H2 applies it per connection). */
    private JdbcTemplate h2(long kb) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("cache") + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("SET CACHE_SIZE " + kb);
        return jdbc;
    }

    /** The cache's present size, in KB (H2 gives it in MB). */
    private static long cacheKb(JdbcTemplate jdbc) {
        return 1024 * Long.parseLong(jdbc.queryForObject(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'",
                String.class));
    }

    /** The cache's size while a replay that wants {@code wantedKb} runs, and after it. */
    private static long[] duringAndAfter(JdbcTemplate jdbc, long wantedKb) {
        long during;
        try (ReplayCache cache = ReplayCache.raised(jdbc.getDataSource(), wantedKb)) {
            during = cacheKb(jdbc);
        }
        long after = cacheKb(jdbc);
        jdbc.execute("SHUTDOWN");
        return new long[] {during, after};
    }

    @Test
    void theCacheIsRaisedForTheReplayAndPutBackAfter() {
        assertThat(duringAndAfter(h2(16_384), 65_536)).containsExactly(65_536, 16_384);
    }

    @Test
    void theDefaultCacheIsRaisedToo() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("default") + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        long before = cacheKb(jdbc);
        assertThat(duringAndAfter(jdbc, before * 4)).containsExactly(before * 4, before);
    }

    @Test
    void aLargerCacheIsLeftAsItIs() {
        assertThat(duringAndAfter(h2(131_072), 65_536)).containsExactly(131_072, 131_072);
    }

    @Test
    void aQuarterOfTheHeapAtMost256Mb() {
        assertThat(ReplayCache.sizeKb(8L << 30)).isEqualTo(262_144);
        assertThat(ReplayCache.sizeKb(512L << 20)).isEqualTo(131_072);
    }
}
