package org.placementledger.api.allocation;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** On a provider, a consumer now holds exactly {@code resources}; the provider is at {@code generation}. */
@Revision("1")
public record ResourcesClaimedEvent(String providerUuid,
        String consumerUuid,
        Map<String, Long> resources,
        long generation) {
}
