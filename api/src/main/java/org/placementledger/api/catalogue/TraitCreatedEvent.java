package org.placementledger.api.catalogue;

import org.axonframework.serialization.Revision;

/** A custom trait was created. */
@Revision("1")
public record TraitCreatedEvent(String name) {
}
