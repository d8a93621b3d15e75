package org.placementledger.server.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Placement's own configuration options that change API behaviour ({@code [placement]} in
 * placement.conf), with Placement's defaults.
 *
 * @param allocationConflictRetryCount server-side retries of an allocation write that lost a race on a provider
 * @param incompleteConsumerProjectId  project recorded for allocations written below microversion 1.8
 * @param incompleteConsumerUserId     user recorded for allocations written below microversion 1.8
 * @param maxAllocationCandidates      stop generating allocation candidates after this many; -1: no cap
 * @param allocationCandidatesGenerationStrategy {@code depth-first} (root by root) or {@code breadth-first}
 *                                     (one candidate from each viable root in turn)
 * @param randomizeAllocationCandidates a random sample of candidates under a limit, else shuffled
 * @param maxBodyBytes                 the largest request body accepted (default 1 MiB); larger ones are a 413
 * @param enableProxyHeadersParsing    behind a reverse proxy: take scheme, host and path prefix from its
 *                                     Forwarded / X-Forwarded-* headers ({@code [oslo_middleware]
 *                                     enable_proxy_headers_parsing}, default false)
 */
@ConfigurationProperties(prefix = "placement")
public record PlacementProperties(Integer allocationConflictRetryCount, String incompleteConsumerProjectId,
                                  String incompleteConsumerUserId, Integer maxAllocationCandidates,
                                  String allocationCandidatesGenerationStrategy,
                                  Boolean randomizeAllocationCandidates, Long maxBodyBytes,
                                  Boolean enableProxyHeadersParsing) {

    private static final String INCOMPLETE = "00000000-0000-0000-0000-000000000000";

    public PlacementProperties {
        allocationConflictRetryCount = allocationConflictRetryCount == null ? 10 : allocationConflictRetryCount;
        incompleteConsumerProjectId = incompleteConsumerProjectId == null ? INCOMPLETE : incompleteConsumerProjectId;
        incompleteConsumerUserId = incompleteConsumerUserId == null ? INCOMPLETE : incompleteConsumerUserId;
        maxAllocationCandidates = maxAllocationCandidates == null ? -1 : maxAllocationCandidates;
        allocationCandidatesGenerationStrategy = allocationCandidatesGenerationStrategy == null ? "depth-first"
                : allocationCandidatesGenerationStrategy;
        if (!List.of("depth-first", "breadth-first").contains(allocationCandidatesGenerationStrategy)) {
            throw new IllegalArgumentException("placement.allocation-candidates-generation-strategy must be "
                    + "depth-first or breadth-first, not " + allocationCandidatesGenerationStrategy);
        }
        randomizeAllocationCandidates = randomizeAllocationCandidates != null && randomizeAllocationCandidates;
        maxBodyBytes = maxBodyBytes == null ? 1024 * 1024 : maxBodyBytes;
        enableProxyHeadersParsing = enableProxyHeadersParsing != null && enableProxyHeadersParsing;
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("placement.max-body-bytes must not be negative, not " + maxBodyBytes);
        }
    }
}
