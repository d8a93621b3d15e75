package org.placementledger.api.audit;

import java.time.Instant;

/**
 * One event of the store as the ledger wrote it: its global position, time, payload type and the
 * aggregate it belongs to, with the payload and metadata as the JSON text they are stored as.
 */
public record AuditEvent(long position,
        Instant timestamp,
        String payloadType,
        String revision,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String payloadJson,
        String metaDataJson) {

    /** The payload type's simple name ({@code ResourcesClaimedEvent}). */
    public String type() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
