package org.placementledger.api.provider;

/** The inventory of one provider; answers ProviderInventories, or null when the provider does not exist. */
public record FindProviderInventoriesQuery(String uuid) {
}
