package org.placementledger.api.provider;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the whole inventory of a provider (PUT all). */
public record ReplaceInventoriesCommand(@TargetAggregateIdentifier String uuid,
        long expectedGeneration,
        Map<String, InventoryRecord> inventories,
        boolean zeroCapacityAllowed) {
}
