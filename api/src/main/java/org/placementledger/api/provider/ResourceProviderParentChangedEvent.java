package org.placementledger.api.provider;

import org.axonframework.serialization.Revision;

/** A provider (with its subtree) moved under another parent, or became a root; {@code rootUuid} is its new root. */
@Revision("1")
public record ResourceProviderParentChangedEvent(String uuid,
        String parentUuid,
        String rootUuid) {
}
