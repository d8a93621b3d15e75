package org.placementledger.api.catalogue;

import org.axonframework.serialization.Revision;

/** A custom resource class got a new name. */
@Revision("1")
public record ResourceClassRenamedEvent(int id,
        String name) {
}
