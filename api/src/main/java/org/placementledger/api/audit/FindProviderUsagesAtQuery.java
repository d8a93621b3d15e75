package org.placementledger.api.audit;

import java.time.Instant;

/** A provider's usages as they were at {@code at}; answers ProviderUsages, or null when it did not exist then. */
public record FindProviderUsagesAtQuery(String uuid,
        Instant at) {
}
