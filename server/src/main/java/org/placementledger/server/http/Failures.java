package org.placementledger.server.http;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;

/** Finds the Placement refusal inside what the Axon gateways throw, if there is one. */
public final class Failures {

    private Failures() {
    }

    public static PlacementException unwrap(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof PlacementException p) {
                return p;
            }
            if (t instanceof AxonTimeoutException) {
                // The handler was stopped before it could commit: nothing was written.
                return PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE, "The request timed out waiting "
                        + "for concurrent writes to the same resources; nothing was changed. Please retry your update");
            }
            if (t instanceof AggregateNotFoundException notFound) {
                return new ObjectNotFoundException("No resource provider with uuid "
                        + notFound.getAggregateIdentifier() + " found");
            }
            if (t instanceof CommandExecutionException cee && cee.getDetails().orElse(null) instanceof PlacementException p) {
                return p;
            }
            if (t instanceof CompletionException || t instanceof ExecutionException
                    || t instanceof CommandExecutionException || t.getCause() != null) {
                t = t.getCause();
            } else {
                return null;
            }
        }
        return null;
    }
}
