package org.placementledger.api.provider;

/** Every provider with each inventory's capacity and usage (the ops dashboard); answers a ProviderUtilizations. */
public record FindProviderUtilizationQuery() {
}
