package org.placementledger.api.allocation;

import java.util.List;
import java.util.Map;

/** Change inventories and allocations across many providers in one atomic step (POST /reshaper). */
public record ReshapeCommand(Map<String, InventoryReplacement> inventories,
        List<ConsumerAllocations> allocations) {
}
