package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete a provider with no children and no allocations. */
public record DeleteResourceProviderCommand(@TargetAggregateIdentifier String uuid) {
}
