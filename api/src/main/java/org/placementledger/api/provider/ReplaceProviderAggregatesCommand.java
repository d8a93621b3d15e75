package org.placementledger.api.provider;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a provider's aggregates; {@code expectedGeneration} null means the pre-1.19 form (no check, no bump). */
public record ReplaceProviderAggregatesCommand(@TargetAggregateIdentifier String uuid,
        Long expectedGeneration,
        List<String> aggregates) {
}
