package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove the inventory of one class. */
public record DeleteInventoryCommand(@TargetAggregateIdentifier String uuid,
        String resourceClass) {
}
