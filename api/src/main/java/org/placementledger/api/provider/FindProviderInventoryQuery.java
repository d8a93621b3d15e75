package org.placementledger.api.provider;

/**
 * One class of a provider's inventory; answers ProviderInventories holding only that class (empty
 * when the provider has none of it) with that record's own last change, or null when the provider
 * does not exist.
 */
public record FindProviderInventoryQuery(String uuid, String resourceClass) {
}
