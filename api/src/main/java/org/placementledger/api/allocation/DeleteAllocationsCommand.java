package org.placementledger.api.allocation;

/** Release everything a consumer holds and forget the consumer. */
public record DeleteAllocationsCommand(String consumerUuid) {
}
