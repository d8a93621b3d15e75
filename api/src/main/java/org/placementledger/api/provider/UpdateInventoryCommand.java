package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the existing inventory of one class (PUT one). */
public record UpdateInventoryCommand(@TargetAggregateIdentifier String uuid,
        String resourceClass,
        long expectedGeneration,
        InventoryRecord inventory,
        boolean zeroCapacityAllowed) {
}
