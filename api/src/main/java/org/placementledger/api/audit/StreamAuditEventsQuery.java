package org.placementledger.api.audit;

import java.util.function.Consumer;

/**
 * Events after global position {@code after} (exclusive; -1 for all), in global order, at most
 * {@code limit} of them (null for no limit), only those of one aggregate when {@code aggregateType}
 * and {@code aggregateId} are given. Each row is handed to {@code sink} as it is read, on the
 * asking thread, so an export of millions of events never holds them together: this query is
 * answered in-process only. Answers the number of events handed over (a Long).
 */
public record StreamAuditEventsQuery(long after,
        Long limit,
        String aggregateType,
        String aggregateId,
        Consumer<AuditEvent> sink) {
}
