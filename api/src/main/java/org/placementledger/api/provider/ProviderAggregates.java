package org.placementledger.api.provider;

import java.util.List;

/** A provider's aggregates with its generation. */
public record ProviderAggregates(long generation,
        List<String> aggregates) {
}
