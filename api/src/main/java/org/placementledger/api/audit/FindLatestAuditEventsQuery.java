package org.placementledger.api.audit;

/** The {@code limit} newest events of the store, newest first; answers an AuditEventList. */
public record FindLatestAuditEventsQuery(int limit) {
}
