package org.placementledger.server.config.journal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.h2.mvstore.MVStore;
import org.placementledger.server.config.GroupCommit;
import org.placementledger.server.config.JdbcAppendEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start-up, right after the schema migrations and before anything reads the store: the events of
 * every journaled transaction that committed but that the H2 file lacks (the process was killed before
 * H2 wrote them) are inserted back, as they were, and the global-index sequence moved past them. The
 * read models are then rebuilt from the events by a replay before the server is ready
 * ({@link RecoveryReplay}); a marker file says one is owed until it is done, so a kill meanwhile
 * does not forget it. Then the journal's segments are deleted.
 */
@Configuration
public class JournalRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);
    static final String REPLAY_OWED = "placement.journal-replay-owed";

    @Bean
    FlywayMigrationStrategy migrateThenRecoverJournal(GroupCommit groupCommit, DataSource dataSource) {
        return flyway -> {
            flyway.migrate();
            try {
                recover(groupCommit.fileStore(), dataSource);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("could not recover the claim journal", e);
            }
        };
    }

    /** Puts back what the journal beside {@code store} holds and the store lacks; the number of events put back. */
    static int recover(MVStore store, DataSource dataSource) throws IOException, SQLException {
        if (store == null) {
            return 0;
        }
        Path directory = JournalWrites.directoryOf(store);
        List<Path> segments = ClaimJournal.segments(directory);
        if (segments.isEmpty()) {
            return 0;
        }
        List<JournalRecord> committed = new ArrayList<>();
        Set<Long> aborted = new HashSet<>();
        for (Path segment : segments) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(segment))) {
                for (JournalRecord record : JournalRecord.readAll(in)) {
                    if (record.aborted()) {
                        aborted.add(record.transaction());
                    } else if (!record.events().isEmpty()) {
                        committed.add(record);
                    }
                }
            }
        }
        int restored = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<JournalRecord> missing = new ArrayList<>();
            try (PreparedStatement present = c.prepareStatement(
                    "SELECT 1 FROM domain_event_entry WHERE event_identifier = ?")) {
                for (JournalRecord record : committed) {
                    if (!aborted.contains(record.transaction()) && !present(present, record.events().get(0).eventId())) {
                        missing.add(record);
                    }
                }
            }
            if (!missing.isEmpty()) {
                Files.writeString(directory.resolve(REPLAY_OWED), "journaled claims restored; read models to rebuild\n");
                long highest = 0;
                try (PreparedStatement insert = c.prepareStatement(JdbcAppendEventStorageEngine.INSERT)) {
                    for (JournalRecord record : missing) {
                        for (JournalRecord.EventRow row : record.events()) {
                            JdbcAppendEventStorageEngine.bind(insert, row);
                            insert.executeUpdate();
                            highest = Math.max(highest, row.globalIndex());
                            restored++;
                        }
                    }
                }
                passSequence(c, highest);
            }
            c.commit();
        }
        store.commit();
        LOG.info("claim journal: {} segment(s) read, {} transaction(s), {} event(s) the store lacked put back",
                segments.size(), committed.size(), restored);
        for (Path segment : segments) {
            Files.deleteIfExists(segment);
        }
        return restored;
    }

    private static boolean present(PreparedStatement byEventId, String eventId) throws SQLException {
        byEventId.setString(1, eventId);
        try (ResultSet rs = byEventId.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * The sequence behind the global index (Hibernate's, handed out in blocks of 50) may be behind the
     * indexes put back, if H2 had not written its advance either: it restarts past them.
     */
    private static void passSequence(Connection c, long highest) throws SQLException {
        long next;
        try (PreparedStatement q = c.prepareStatement("SELECT base_value FROM information_schema.sequences"
                + " WHERE LOWER(sequence_name) = 'domain_event_entry_seq'");
                ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            next = rs.getLong(1);
        }
        long past = highest + 51;
        if (next < past) {
            try (PreparedStatement alter = c.prepareStatement("ALTER SEQUENCE domain_event_entry_seq RESTART WITH "
                    + past)) {
                alter.executeUpdate();
            }
        }
    }
}
