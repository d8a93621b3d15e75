package org.placementledger.api.allocation;

/** What a consumer holds; answers ConsumerAllocationsView, or null when the consumer is unknown. */
public record FindConsumerAllocationsQuery(String consumerUuid) {
}
