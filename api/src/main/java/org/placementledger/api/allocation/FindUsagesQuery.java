package org.placementledger.api.allocation;

/** Usage summed over a project's (and optionally a user's) consumers; {@code consumerType} null, 'all', 'unknown' or a type name (1.38 grouping). Answers a UsageReport. */
public record FindUsagesQuery(String projectId,
        String userId,
        String consumerType) {
}
