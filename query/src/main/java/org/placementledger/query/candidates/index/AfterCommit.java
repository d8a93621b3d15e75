package org.placementledger.query.candidates.index;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an index change only once the write that caused it is committed. Projections run inside the
 * command's transaction, which may still roll back; a rolled-back write must never show in the index.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(Runnable change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // The outermost Spring transaction: fires after the real commit, never after a rollback.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    change.run();
                }
            });
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unit -> change.run());
        } else {
            change.run();
        }
    }
}
