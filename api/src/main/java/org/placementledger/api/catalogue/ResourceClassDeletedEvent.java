package org.placementledger.api.catalogue;

import org.axonframework.serialization.Revision;

/** A custom resource class was deleted. */
@Revision("1")
public record ResourceClassDeletedEvent(int id,
        String name) {
}
