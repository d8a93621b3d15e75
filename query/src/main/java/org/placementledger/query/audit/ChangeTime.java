package org.placementledger.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

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

    /** The metadata key of the command an event came from, which the instant is kept by. */
    public static final String CORRELATION_ID = "correlationId";

    /** Prefix of the unit-of-work resources holding a command's instant. */
    static final String RESOURCE_PREFIX = "audit.change-time.";

    /**
     * A unit-of-work resource a replay sets: a map (correlation id to time) that outlives the unit,
     * so a command whose events straddle two batches keeps one instant; when present it replaces the
     * per-command resources.
     */
    public static final String CARRIED = "audit.change-times";

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
        Object command = message == null ? null : message.getMetaData().get(CORRELATION_ID);
        Map<Object, OffsetDateTime> carried = unit.root().getResource(CARRIED);
        if (carried != null) {
            return carried.computeIfAbsent(command, key -> utc(own));
        }
        return utc(unit.root().getOrComputeResource(RESOURCE_PREFIX + command, key -> own));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
