package org.placementledger.api.provider;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A provider's traits became exactly {@code traits}. */
@Revision("1")
public record ProviderTraitsChangedEvent(String uuid,
        long generation,
        Set<String> traits) {
}
