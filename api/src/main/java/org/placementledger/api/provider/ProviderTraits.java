package org.placementledger.api.provider;

import java.time.Instant;
import java.util.List;

/** A provider's traits with its generation. */
public record ProviderTraits(long generation,
        List<String> traits,
        Instant lastModified) {
}
