package org.placementledger.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@link GroupCommit} promises: once it returns, every transaction committed before the call is
 * in the H2 file, even though H2 itself would write it only much later (its write delay here is far
 * longer than the test). The file is read through a copy taken right after the call, as a kill at
 * that moment would leave it.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private Path live;
    private JdbcTemplate jdbc;
    private GroupCommit groupCommit;

    private JdbcDataSource dataSource(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=1000000");
        return ds;
    }

    /** The rows a restart would find if the process were killed now. */
    private List<Integer> rowsInCopy() throws Exception {
        Path copy = Files.createTempDirectory(dir, "copy");
        Files.copy(Path.of(live + ".mv.db"), copy.resolve("db.mv.db"));
        JdbcTemplate read = new JdbcTemplate(dataSource(copy.resolve("db")));
        try {
            return read.queryForList("SELECT id FROM t ORDER BY id", Integer.class);
        } finally {
            read.execute("SHUTDOWN");
        }
    }

    @BeforeEach
    void liveStore() {
        live = dir.resolve("live");
        JdbcDataSource ds = dataSource(live);
        jdbc = new JdbcTemplate(ds);
        groupCommit = new GroupCommit(ds);
    }

    @Test
    void aCommitIsInTheFileOnceTheCallReturns() throws Exception {
        jdbc.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        groupCommit.awaitWritten();
        jdbc.update("INSERT INTO t VALUES (1)");

        assertThat(rowsInCopy()).as("H2 alone has not written the commit yet").isEmpty();

        groupCommit.awaitWritten();
        assertThat(rowsInCopy()).containsExactly(1);
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void concurrentCommitsAreAllInTheFileWhenEachCallReturns() throws Exception {
        jdbc.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                int id = i;
                done.add(pool.submit(() -> {
                    jdbc.update("INSERT INTO t VALUES (?)", id);
                    groupCommit.awaitWritten();
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(rowsInCopy()).hasSize(200);
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void nothingToDoOutsideAnH2File() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:group-commit;DB_CLOSE_DELAY=-1");
        new GroupCommit(ds).awaitWritten();
    }
}
