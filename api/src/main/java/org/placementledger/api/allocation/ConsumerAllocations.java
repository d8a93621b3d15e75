package org.placementledger.api.allocation;

import java.util.Map;

/** What one consumer is to hold after a write: per provider uuid, amounts per resource class (empty: hold nothing). {@code consumerType} null keeps the existing type (writes below 1.38); {@code generationChecked} is true from 1.28, where {@code expectedGeneration} null means the consumer must not exist yet. */
public record ConsumerAllocations(String consumerUuid,
        Map<String, Map<String, Long>> allocations,
        String projectId,
        String userId,
        String consumerType,
        Long expectedGeneration,
        boolean generationChecked) {
}
