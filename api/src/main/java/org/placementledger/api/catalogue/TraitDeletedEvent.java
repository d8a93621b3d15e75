package org.placementledger.api.catalogue;

import org.axonframework.serialization.Revision;

/** A custom trait was deleted. */
@Revision("1")
public record TraitDeletedEvent(String name) {
}
