package org.placementledger.command.provider;

import java.util.Map;

/**
 * What a write of allocations asks of one provider: per consumer, exactly what it is to hold here
 * (an empty map: nothing any more), and whether the provider's generation moves.
 */
public record ProviderClaims(Map<String, Map<String, Long>> byConsumer, boolean bumpGeneration) {
}
