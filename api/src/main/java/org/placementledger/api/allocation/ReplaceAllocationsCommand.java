package org.placementledger.api.allocation;

import java.util.List;

/**
 * Replace the allocations of one or more consumers in one unit of work (PUT and POST /allocations).
 * {@code manyConsumers} marks a POST, whose refusals Placement words without naming a consumer.
 */
public record ReplaceAllocationsCommand(List<ConsumerAllocations> consumers, boolean manyConsumers) {

    /** A PUT of one consumer's allocations. */
    public ReplaceAllocationsCommand(List<ConsumerAllocations> consumers) {
        this(consumers, false);
    }
}
