package org.placementledger.api.allocation;

import java.time.Instant;
import java.util.Map;

/** A consumer's allocations with the current generation of every provider it uses. */
public record ConsumerAllocationsView(String consumerUuid,
        long generation,
        String projectId,
        String userId,
        String consumerType,
        Map<String, Map<String, Long>> allocations,
        Map<String, Long> providerGenerations,
        Instant lastModified) {
}
