package org.placementledger.api.provider;

import java.util.Map;

/** A provider's usage for every class it has inventory of (0 when unused). */
public record ProviderUsages(long generation,
        Map<String, Long> usages) {
}
