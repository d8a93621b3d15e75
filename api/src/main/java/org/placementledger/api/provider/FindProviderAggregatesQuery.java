package org.placementledger.api.provider;

/** The aggregates of one provider; answers ProviderAggregates, or null when the provider does not exist. */
public record FindProviderAggregatesQuery(String uuid) {
}
