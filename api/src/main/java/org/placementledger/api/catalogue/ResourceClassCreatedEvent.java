package org.placementledger.api.catalogue;

import org.axonframework.serialization.Revision;

/** A custom resource class was created with internal id {@code id}. */
@Revision("1")
public record ResourceClassCreatedEvent(int id,
        String name) {
}
