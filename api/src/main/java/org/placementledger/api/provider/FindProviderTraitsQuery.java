package org.placementledger.api.provider;

/** The traits of one provider; answers ProviderTraits, or null when the provider does not exist. */
public record FindProviderTraitsQuery(String uuid) {
}
