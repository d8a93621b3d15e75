package org.placementledger.query.readmodel;

/**
 * Read-model rows a replay keeps in memory: rows that can no longer change (ended history
 * versions) go to the tables in chunks as they come, the rest when {@link #flush()} is called.
 */
public interface MemoryTables {

    /** Writes every row not yet written to the tables. Called once, when the events are applied. */
    void flush();
}
