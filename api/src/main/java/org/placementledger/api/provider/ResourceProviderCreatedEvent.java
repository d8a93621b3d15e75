package org.placementledger.api.provider;

import org.axonframework.serialization.Revision;

/** A provider came into being, as a root ({@code parentUuid} null) or in its parent's tree. */
@Revision("1")
public record ResourceProviderCreatedEvent(String uuid,
        String name,
        String parentUuid,
        String rootUuid,
        long generation) {
}
