package org.placementledger.api.provider;

import org.axonframework.serialization.Revision;

/** A provider got a new name. */
@Revision("1")
public record ResourceProviderRenamedEvent(String uuid,
        String name) {
}
