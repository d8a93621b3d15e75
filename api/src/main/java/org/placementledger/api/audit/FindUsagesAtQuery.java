package org.placementledger.api.audit;

import java.time.Instant;

/** A project's (and user's) usages as they were at {@code at}, grouped as FindUsagesQuery groups them; answers a UsageReport. */
public record FindUsagesAtQuery(String projectId,
        String userId,
        String consumerType,
        Instant at) {
}
