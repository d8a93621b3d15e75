package org.placementledger.server.config.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;

import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.server.config.GroupCommit;
import org.placementledger.server.config.JdbcAppendEventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claim journal across a kill: a commit H2 has not written yet is in the journal, and recovery
 * puts it back into a copy of the files taken at that moment (as a kill would leave them); what the
 * file already holds, what was aborted and a record cut short are left alone; a checkpoint writes the
 * store and drops the segment. H2's own write delay here is far longer than the test.
 */
class ClaimJournalTest {

    @TempDir
    Path dir;

    private Path live;
    private JdbcDataSource dataSource;
    private JdbcTemplate jdbc;
    private ClaimJournal journal;

    private static JdbcDataSource dataSource(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=1000000");
        return ds;
    }

    @BeforeEach
    void liveStore() throws Exception {
        live = dir.resolve("live");
        Files.createDirectories(live);
        dataSource = dataSource(live.resolve("placement"));
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE SEQUENCE domain_event_entry_seq START WITH 1 INCREMENT BY 50");
        jdbc.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, event_identifier VARCHAR(255)"
                + " NOT NULL UNIQUE, meta_data BLOB, payload BLOB NOT NULL, payload_revision VARCHAR(255),"
                + " payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL, aggregate_identifier"
                + " VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255))");
        new GroupCommit(dataSource).awaitWritten();
        journal = new ClaimJournal(live, store(dataSource), 3_600_000);
    }

    @AfterEach
    void close() throws Exception {
        journal.close();
        jdbc.execute("SHUTDOWN");
    }

    private static MVStore store(JdbcDataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            return ((org.h2.engine.SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                    .getMvStore();
        }
    }

    private static JournalRecord.EventRow row(long index, String id) {
        return new JournalRecord.EventRow(index, id, ("{\"requestId\":\"req-" + id + "\"}").getBytes(StandardCharsets.UTF_8),
                "{\"consumerUuid\":\"c\"}".getBytes(StandardCharsets.UTF_8), "1", "org.example.ResourcesClaimedEvent",
                "2026-12-07T09:00:00Z", "provider-1", index, "ResourceProvider");
    }

    /** One transaction as a claim runs it: the row inserted, the record written before the commit. */
    private void journaledCommit(JournalRecord.EventRow row) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(JdbcAppendEventStorageEngine.INSERT)) {
                JdbcAppendEventStorageEngine.bind(insert, row);
                insert.executeUpdate();
            }
            long tx = journal.nextTransaction();
            ClaimJournal.Segment segment = journal.append(JournalRecord.commit(tx, List.of(row)));
            c.commit();
            journal.finished(segment, tx, true);
        }
    }

    /** The data directory as a kill now would leave it. */
    private Path crashCopy() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy" + System.nanoTime()));
        try (Stream<Path> files = Files.list(live)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static List<String> eventIds(JdbcTemplate db) {
        return db.queryForList("SELECT event_identifier FROM domain_event_entry ORDER BY global_index", String.class);
    }

    @Test
    void aJournaledCommitTheFileLacksIsPutBackAsItWas() throws Exception {
        journaledCommit(row(7, "ev-7"));
        Path copy = crashCopy();
        JdbcDataSource restarted = dataSource(copy.resolve("placement"));
        JdbcTemplate after = new JdbcTemplate(restarted);
        try {
            assertThat(eventIds(after)).isEmpty();  // H2 had not written it

            int restored = JournalRecovery.recover(store(restarted), restarted);

            assertThat(restored).isEqualTo(1);
            assertThat(eventIds(after)).containsExactly("ev-7");
            assertThat(after.queryForObject("SELECT meta_data FROM domain_event_entry", byte[].class))
                    .isEqualTo(row(7, "ev-7").metaData());
            assertThat(after.queryForObject("SELECT base_value FROM information_schema.sequences"
                    + " WHERE sequence_name = 'DOMAIN_EVENT_ENTRY_SEQ'", Long.class)).isGreaterThan(7 + 50);
            assertThat(ClaimJournal.segments(copy)).isEmpty();
            assertThat(copy.resolve(JournalRecovery.REPLAY_OWED)).exists();
        } finally {
            after.execute("SHUTDOWN");
        }
    }

    @Test
    void whatTheFileHoldsWhatWasAbortedAndACutRecordAreLeftAlone() throws Exception {
        journaledCommit(row(1, "ev-1"));
        new GroupCommit(dataSource).awaitWritten();  // ev-1 is in the file too
        long aborted = journal.nextTransaction();
        ClaimJournal.Segment segment = journal.append(JournalRecord.commit(aborted, List.of(row(2, "ev-2"))));
        journal.finished(segment, aborted, false);
        ByteBuffer cut = JournalRecord.commit(journal.nextTransaction(), List.of(row(3, "ev-3"))).encode();
        Files.write(segment.path, java.util.Arrays.copyOf(cut.array(), cut.limit() - 5),
                java.nio.file.StandardOpenOption.APPEND);
        Path copy = crashCopy();
        JdbcDataSource restarted = dataSource(copy.resolve("placement"));
        JdbcTemplate after = new JdbcTemplate(restarted);
        try {
            assertThat(JournalRecord.readAll(Files.newInputStream(ClaimJournal.segments(copy).get(0))))
                    .extracting(JournalRecord::transaction).hasSize(3);  // ev-1's, ev-2's and its abort

            assertThat(JournalRecovery.recover(store(restarted), restarted)).isZero();

            assertThat(eventIds(after)).containsExactly("ev-1");
            assertThat(copy.resolve(JournalRecovery.REPLAY_OWED)).doesNotExist();
            assertThat(ClaimJournal.segments(copy)).isEmpty();
        } finally {
            after.execute("SHUTDOWN");
        }
    }

    @Test
    void aCheckpointWritesTheStoreAndDropsTheSegment() throws Exception {
        journaledCommit(row(4, "ev-4"));
        assertThat(ClaimJournal.segments(live)).hasSize(1);

        journal.checkpoint();

        assertThat(ClaimJournal.segments(live)).hasSize(1);  // the next, empty one
        assertThat(Files.size(ClaimJournal.segments(live).get(0))).isZero();
        Path copy = crashCopy();
        JdbcTemplate after = new JdbcTemplate(dataSource(copy.resolve("placement")));
        try {
            assertThat(eventIds(after)).containsExactly("ev-4");
        } finally {
            after.execute("SHUTDOWN");
        }
    }
}
