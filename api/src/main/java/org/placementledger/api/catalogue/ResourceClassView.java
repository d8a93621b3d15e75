package org.placementledger.api.catalogue;

import java.time.Instant;

/** A resource class; standard classes carry the server's start time. */
public record ResourceClassView(String name,
        Instant createdAt,
        Instant updatedAt) {
}
