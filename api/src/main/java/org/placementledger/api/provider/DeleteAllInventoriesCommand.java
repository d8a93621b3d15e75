package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove every inventory of a provider. */
public record DeleteAllInventoriesCommand(@TargetAggregateIdentifier String uuid) {
}
