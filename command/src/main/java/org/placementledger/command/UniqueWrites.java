package org.placementledger.command;

import java.sql.Savepoint;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes to the registries that a unique index may refuse. On PostgreSQL a refused statement aborts
 * the whole transaction (every later statement fails, and COMMIT silently rolls back), so inside a
 * transaction the statement runs under a savepoint, and a refusal rolls back to it only. H2 needs
 * none of this, and takes it equally.
 */
public final class UniqueWrites {

    private UniqueWrites() {
    }

    /** Runs {@code write} on {@code jdbc}; the unique-key refusal when there was one, the transaction still usable. */
    public static Optional<DuplicateKeyException> attempt(JdbcTemplate jdbc, Runnable write) {
        return jdbc.execute((ConnectionCallback<Optional<DuplicateKeyException>>) connection -> {
            // Outside a transaction the statement is its own transaction: nothing else to protect.
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try {
                write.run();
            } catch (DuplicateKeyException refused) {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                return Optional.of(refused);
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return Optional.empty();
        });
    }
}
