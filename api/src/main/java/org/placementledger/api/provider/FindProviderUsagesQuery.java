package org.placementledger.api.provider;

/** The usage of one provider per inventory class; answers ProviderUsages, or null when the provider does not exist. */
public record FindProviderUsagesQuery(String uuid) {
}
