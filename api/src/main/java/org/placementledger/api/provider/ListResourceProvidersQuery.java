package org.placementledger.api.provider;

/** Providers matching every filter; answers a ResourceProviderList. */
public record ListResourceProvidersQuery(ProviderFilter filter) {
}
