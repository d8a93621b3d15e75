package org.placementledger.server.handlers;

import java.util.function.Supplier;

import org.axonframework.modelling.command.ConcurrencyException;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.config.PlacementProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Placement's server-side retry of allocation writes: a write that lost a race on a provider (another
 * node appended to the same aggregate first) is run again, up to
 * {@code allocation_conflict_retry_count} times, before the client gets a 409 concurrent_update.
 */
@Component
public class ConflictRetry {

    private final int retries;

    public ConflictRetry(PlacementProperties properties) {
        this.retries = properties.allocationConflictRetryCount();
    }

    public <T> T run(Supplier<T> write) {
        for (int attempt = 0; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!isRace(e)) {
                    throw e;
                }
                if (attempt >= retries) {
                    throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE,
                            "Inventory and/or allocations changed while attempting to allocate: "
                                    + "Another thread concurrently updated the data. Please retry your update");
                }
            }
        }
    }

    /** A lost race: the event store's (aggregate, sequence) key refused our append. */
    static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof DataIntegrityViolationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
