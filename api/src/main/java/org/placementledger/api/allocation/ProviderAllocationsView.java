package org.placementledger.api.allocation;

import java.time.Instant;
import java.util.Map;

/** Allocations on one provider by consumer uuid, with each consumer's generation. */
public record ProviderAllocationsView(long generation,
        Map<String, Map<String, Long>> allocations,
        Map<String, Long> consumerGenerations,
        Instant lastModified) {
}
