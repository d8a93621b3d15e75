package org.placementledger.api.audit;

import java.time.Instant;

/** A consumer's allocations as they were at {@code at}; answers ConsumerAllocationsView, or null when it held nothing then. */
public record FindConsumerAllocationsAtQuery(String consumerUuid,
        Instant at) {
}
