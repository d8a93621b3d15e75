package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove every trait of a provider. */
public record DeleteProviderTraitsCommand(@TargetAggregateIdentifier String uuid) {
}
