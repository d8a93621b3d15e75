package org.placementledger.api.provider;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A provider's aggregate associations became exactly {@code aggregates}. */
@Revision("1")
public record ProviderAggregatesChangedEvent(String uuid,
        long generation,
        List<String> aggregates) {
}
