package org.placementledger.query.candidates.index;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The in-memory index GET /allocation_candidates answers from, so a search runs no SQL. Built once at
 * start-up from the read-model tables, then kept by {@link CandidateIndexProjection} after each
 * commit. A search reads under the read lock; a change waits for running searches to finish.
 */
@Component
public class CandidateIndex {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Guarded by {@link #lock}; replaced whole after a replay rebuilt the tables it is loaded from. */
    private IndexState state;

    @Autowired
    public CandidateIndex(JdbcTemplate jdbc) {
        this(IndexLoader.load(jdbc));
    }

    public CandidateIndex(IndexState state) {
        this.state = state;
    }

    public <T> T read(Function<IndexView, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Swaps in an index built afresh (after a replay); searches wait for the swap, never see half. */
    public void replace(IndexState rebuilt) {
        lock.writeLock().lock();
        try {
            state = rebuilt;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void change(Consumer<IndexState> change) {
        lock.writeLock().lock();
        try {
            change.accept(state);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
