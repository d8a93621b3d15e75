package org.placementledger.api.allocation;

import java.util.Map;

/** The new inventory of one provider in a reshape, with the generation the client saw. */
public record InventoryReplacement(long expectedGeneration,
        Map<String, org.placementledger.api.provider.InventoryRecord> inventories) {
}
