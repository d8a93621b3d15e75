package org.placementledger.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Placement's own configuration options that change API behaviour ({@code [placement]} in
 * placement.conf), with Placement's defaults.
 *
 * @param allocationConflictRetryCount server-side retries of an allocation write that lost a race on a provider
 * @param incompleteConsumerProjectId  project recorded for allocations written below microversion 1.8
 * @param incompleteConsumerUserId     user recorded for allocations written below microversion 1.8
 */
@ConfigurationProperties(prefix = "placement")
public record PlacementProperties(Integer allocationConflictRetryCount, String incompleteConsumerProjectId,
                                  String incompleteConsumerUserId) {

    private static final String INCOMPLETE = "00000000-0000-0000-0000-000000000000";

    public PlacementProperties {
        allocationConflictRetryCount = allocationConflictRetryCount == null ? 10 : allocationConflictRetryCount;
        incompleteConsumerProjectId = incompleteConsumerProjectId == null ? INCOMPLETE : incompleteConsumerProjectId;
        incompleteConsumerUserId = incompleteConsumerUserId == null ? INCOMPLETE : incompleteConsumerUserId;
    }
}
