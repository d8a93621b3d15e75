package org.placementledger.api.provider;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the traits of a provider. */
public record ReplaceProviderTraitsCommand(@TargetAggregateIdentifier String uuid,
        long expectedGeneration,
        Set<String> traits) {
}
