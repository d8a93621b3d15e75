package org.placementledger.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * When a change took effect, for the history tables: the time of the first event of the command
 * that caused it, at the event store's millisecond resolution. All events of one command (a claim
 * on two providers and the consumer's new allocations) thus take effect at one instant, as they
 * commit together: no point in time sees half a command.
 */
public final class ChangeTime {

    /** Prefix of the unit-of-work resources holding a command's instant; a replay carries them between batches. */
    public static final String RESOURCE_PREFIX = "audit.change-time.";

    private ChangeTime() {
    }

    static OffsetDateTime of(Instant eventTime) {
        Instant own = eventTime.truncatedTo(ChronoUnit.MILLIS);
        if (!CurrentUnitOfWork.isStarted()) {
            return utc(own);
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        Message<?> message = unit.getMessage();
        // Keyed by the command's correlation id, so that a batch of several commands' events keeps them apart.
        Object command = message == null ? null : message.getMetaData().get("correlationId");
        return utc(unit.root().getOrComputeResource(RESOURCE_PREFIX + command, key -> own));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
