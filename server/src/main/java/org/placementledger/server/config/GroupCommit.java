package org.placementledger.server.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.stereotype.Component;

/**
 * Writes the H2 file store before a command is answered, once for all the commands that finished
 * meanwhile (group commit).
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes a chunk of the file for every transaction's commit: about 100
 * B-tree pages per claim, a third of a claim's CPU. With a write delay H2 commits in memory and a
 * background thread writes the file later, which alone would lose acknowledged commits on a kill. So
 * every command, once committed, waits here for a store that started after its commit: the first
 * waiter writes the chunk that holds every commit made before it started, the others find theirs
 * written. An answer thus still implies the commit is in the file (as with {@code WRITE_DELAY=0}), and
 * concurrent commands share one chunk. Nothing to do on PostgreSQL or an in-memory H2.
 */
@Component
public class GroupCommit {

    private final DataSource dataSource;
    private final ReentrantLock writing = new ReentrantLock();
    /** Tickets taken by committed commands, and the highest ticket whose commit is in the file. */
    private final AtomicLong taken = new AtomicLong();
    private volatile long written;
    /** Commits that only the store's next write makes durable (not journaled), and how many it has written. */
    private final AtomicLong unjournaled = new AtomicLong();
    private volatile long unjournaledWritten;
    private volatile MVStore store;
    private volatile boolean notH2File;

    public GroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns once every transaction committed before the call is in the H2 file. */
    public void awaitWritten() {
        MVStore mv = fileStore();
        if (mv == null) {
            return;
        }
        long ticket = taken.incrementAndGet();
        writing.lock();
        try {
            if (written >= ticket) {
                return;
            }
            // Every ticket up to here was taken after its commit, so the store below holds them all.
            long upTo = taken.get();
            long unjournaledUpTo = unjournaled.get();
            mv.commit();
            written = upTo;
            unjournaledWritten = unjournaledUpTo;
        } finally {
            writing.unlock();
        }
    }

    /**
     * For a command whose own writes are journaled ({@code journal.JournalWrites}): returns at once,
     * unless a commit it may have read is neither journaled nor written yet; then as {@link #awaitWritten}.
     */
    public void awaitPendingWrites() {
        if (unjournaled.get() > unjournaledWritten) {
            awaitWritten();
        }
    }

    /** A transaction about to commit writes that no journal holds (called before its commit). */
    public void noteUnjournaled() {
        unjournaled.incrementAndGet();
    }

    /** The H2 file store, or null (PostgreSQL, in-memory H2). */
    public MVStore fileStore() {
        MVStore mv = store;
        if (mv != null && !mv.isClosed()) {
            return mv;
        }
        if (notH2File) {
            return null;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!c.isWrapperFor(JdbcConnection.class)) {
                notH2File = true;
                return null;
            }
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            mv = session.getDatabase().getStore().getMvStore();
            if (mv.getFileStore() == null) {
                notH2File = true;
                return null;
            }
            store = mv;
            return mv;
        } catch (SQLException | ClassCastException e) {
            throw new IllegalStateException("cannot reach the H2 store to write commits", e);
        }
    }
}
