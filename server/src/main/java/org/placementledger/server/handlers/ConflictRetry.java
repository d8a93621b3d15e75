package org.placementledger.server.handlers;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.config.PlacementProperties;
import org.placementledger.server.http.Failures;
import org.placementledger.server.metrics.LedgerMetrics;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Placement's server-side retry of allocation writes: a write that lost a race on a provider (another
 * node appended to the same aggregate first) is run again, up to
 * {@code allocation_conflict_retry_count} times, before the client gets a 409 concurrent_update.
 */
@Component
public class ConflictRetry {

    /** SQL states of a lost race: unique violation, serialization failure, deadlock. */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01");

    private final int retries;
    private final LedgerMetrics metrics;

    public ConflictRetry(PlacementProperties properties, LedgerMetrics metrics) {
        this.retries = properties.allocationConflictRetryCount();
        this.metrics = metrics;
    }

    public <T> T run(Supplier<T> write) {
        try {
            T result = attempt(write);
            metrics.claimAccepted();
            return result;
        } catch (RuntimeException e) {
            PlacementException known = Failures.unwrap(e);
            metrics.claimRefused(known == null ? "error" : known.code().code(),
                    known != null && known.kind() == ErrorKind.CONFLICT);
            throw e;
        }
    }

    private <T> T attempt(Supplier<T> write) {
        for (int attempt = 0; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!isRace(e)) {
                    throw e;
                }
                metrics.conflict();
                if (attempt >= retries) {
                    throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE,
                            "Inventory and/or allocations changed while attempting to allocate: "
                                    + "Another thread concurrently updated the data. Please retry your update");
                }
                metrics.retry();
            }
        }
    }

    /**
     * A lost race, worth running again: another writer appended to the same aggregate first (Axon's
     * ConcurrencyException, or AggregateStreamCreationException when both created one consumer), a
     * unique key refused a concurrent insert, the database chose us as a deadlock victim or refused to
     * serialize us, or two writes on this node met in a lock cycle.
     */
    static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException
                    || t instanceof DuplicateKeyException || t instanceof ConcurrencyFailureException
                    || t instanceof DeadlockException) {
                return true;
            }
            if (t instanceof SQLException sql && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
