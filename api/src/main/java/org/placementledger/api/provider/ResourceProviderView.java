package org.placementledger.api.provider;

import java.time.Instant;

/** A provider as the read model holds it. */
public record ResourceProviderView(String uuid,
        String name,
        long generation,
        String parentUuid,
        String rootUuid,
        Instant createdAt,
        Instant updatedAt) {
}
