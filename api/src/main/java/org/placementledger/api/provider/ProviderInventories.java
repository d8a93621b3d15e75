package org.placementledger.api.provider;

import java.time.Instant;
import java.util.Map;

/** A provider's inventory by class name with its generation and the newest change of any record. */
public record ProviderInventories(long generation,
        Map<String, InventoryRecord> inventories,
        Instant lastModified) {
}
