package org.placementledger.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a resource provider; {@code parentUuid} is null for a root. */
public record CreateResourceProviderCommand(@TargetAggregateIdentifier String uuid,
        String name,
        String parentUuid) {
}
