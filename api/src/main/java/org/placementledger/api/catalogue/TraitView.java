package org.placementledger.api.catalogue;

import java.time.Instant;

/** A trait; standard traits carry the server's start time. */
public record TraitView(String name,
        Instant createdAt) {
}
