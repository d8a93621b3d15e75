package org.placementledger.api.provider;

/** One provider by uuid; answers a ResourceProviderView, or null when there is none. */
public record FindResourceProviderQuery(String uuid) {
}
