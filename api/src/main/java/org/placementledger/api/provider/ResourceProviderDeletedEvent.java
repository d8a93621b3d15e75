package org.placementledger.api.provider;

import org.axonframework.serialization.Revision;

/** A provider was deleted with its inventory, traits and aggregate links. */
@Revision("1")
public record ResourceProviderDeletedEvent(String uuid) {
}
