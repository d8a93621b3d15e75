package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add the inventory of one class that the provider does not have yet (POST). */
public record AddInventoryCommand(@TargetAggregateIdentifier String uuid,
        String resourceClass,
        InventoryRecord inventory,
        boolean zeroCapacityAllowed) {
}
