package org.placementledger.server.config.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.h2.mvstore.MVStore;
import org.placementledger.api.allocation.DeleteAllocationsCommand;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;
import org.placementledger.server.config.GroupCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which transactions go through the {@link ClaimJournal}, and their records. Journaled: the
 * allocation writes (PUT, POST and DELETE of allocations), whose transactions write events and the
 * read models built from them, nothing else, so the events alone restore them. Every other command
 * keeps waiting for H2 to write its commit ({@link GroupCommit}), and a claim that may have read such a
 * commit waits for that write too. Only on an H2 file store, and unless
 * {@code placement.journal.enabled=false}; {@code placement.journal.checkpoint-millis} (1000) is how often
 * the journal is emptied into the store.
 */
@Component
public class JournalWrites {

    private final GroupCommit groupCommit;
    private final boolean enabled;
    private final long checkpointMillis;
    private volatile ClaimJournal journal;
    private volatile boolean unavailable;

    public JournalWrites(GroupCommit groupCommit, @Value("${placement.journal.enabled:true}") boolean enabled,
            @Value("${placement.journal.checkpoint-millis:1000}") long checkpointMillis) {
        this.groupCommit = groupCommit;
        this.enabled = enabled;
        this.checkpointMillis = Math.max(1, checkpointMillis);
    }

    /** Whether {@code command}'s writes are journaled: it need not wait for the store to be written. */
    public boolean covers(Object command) {
        return journaledKind(command) && journal() != null;
    }

    static boolean journaledKind(Object command) {
        return command instanceof ReplaceAllocationsCommand || command instanceof DeleteAllocationsCommand;
    }

    /**
     * The rows the storage engine has just inserted in the current transaction. A journaled command's
     * are kept for its record, written just before the commit; any other transaction is counted as
     * one whose commit only the store's next write makes durable.
     */
    public void inserted(List<JournalRecord.EventRow> rows) {
        ClaimJournal target = journal();
        if (target == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            groupCommit.noteUnjournaled();
            return;
        }
        Object command = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getMessage().getPayload() : null;
        if (!journaledKind(command)) {
            if (TransactionSynchronizationManager.getResource(this) == null) {
                TransactionSynchronizationManager.bindResource(this, List.of());
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        groupCommit.noteUnjournaled();
                    }

                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(JournalWrites.this);
                    }
                });
            }
            return;
        }
        @SuppressWarnings("unchecked")
        List<JournalRecord.EventRow> pending = (List<JournalRecord.EventRow>) TransactionSynchronizationManager
                .getResource(this);
        if (pending == null) {
            List<JournalRecord.EventRow> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new Record(target, fresh));
            pending = fresh;
        }
        pending.addAll(rows);
    }

    /** Writes a transaction's record just before its commit, and an abort if the commit did not happen. */
    private final class Record implements TransactionSynchronization {
        private final ClaimJournal journal;
        private final List<JournalRecord.EventRow> rows;
        private final long transaction;
        private ClaimJournal.Segment written;

        Record(ClaimJournal journal, List<JournalRecord.EventRow> rows) {
            this.journal = journal;
            this.rows = rows;
            this.transaction = journal.nextTransaction();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // Once recorded, the claim is put back after a kill even if its commit never happens; so
            // whatever unjournaled commit it may have read (an inventory, say) must be in the file first.
            groupCommit.awaitPendingWrites();
            written = journal.append(JournalRecord.commit(transaction, rows));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(JournalWrites.this);
            if (written != null) {
                journal.finished(written, transaction, status == STATUS_COMMITTED);
            }
        }
    }

    /** The journal, opened on first use (after start-up's recovery has read the previous one). */
    private ClaimJournal journal() {
        ClaimJournal j = journal;
        if (j != null || !enabled || unavailable) {
            return j;
        }
        synchronized (this) {
            if (journal == null) {
                MVStore store = groupCommit.fileStore();
                if (store == null) {
                    unavailable = true;
                    return null;
                }
                try {
                    journal = new ClaimJournal(directoryOf(store), store, checkpointMillis);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not open the claim journal", e);
                }
            }
            return journal;
        }
    }

    static Path directoryOf(MVStore store) {
        return Path.of(store.getFileStore().getFileName()).toAbsolutePath().getParent();
    }

    @PreDestroy
    void close() throws IOException {
        ClaimJournal j = journal;
        if (j != null) {
            j.close();
        }
    }
}
