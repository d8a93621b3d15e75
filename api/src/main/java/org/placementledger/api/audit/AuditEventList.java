package org.placementledger.api.audit;

import java.util.List;

/** An answer of FindLatestAuditEventsQuery. */
public record AuditEventList(List<AuditEvent> events) {
}
