package org.placementledger.api.provider;

import java.util.List;

/** An answer of ListResourceProvidersQuery. */
public record ResourceProviderList(List<ResourceProviderView> providers) {
}
