package org.placementledger.api.allocation;

import java.util.List;

/** Replace the allocations of one or more consumers in one unit of work (PUT and POST /allocations). */
public record ReplaceAllocationsCommand(List<ConsumerAllocations> consumers) {
}
