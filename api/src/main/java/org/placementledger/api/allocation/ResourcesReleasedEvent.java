package org.placementledger.api.allocation;

import org.axonframework.serialization.Revision;

/** On a provider, a consumer no longer holds anything; the provider is at {@code generation}. */
@Revision("1")
public record ResourcesReleasedEvent(String providerUuid,
        String consumerUuid,
        long generation) {
}
