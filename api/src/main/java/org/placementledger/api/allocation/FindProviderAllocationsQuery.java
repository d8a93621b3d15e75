package org.placementledger.api.allocation;

/** Who holds what on a provider; answers ProviderAllocationsView, or null when the provider does not exist. */
public record FindProviderAllocationsQuery(String providerUuid) {
}
