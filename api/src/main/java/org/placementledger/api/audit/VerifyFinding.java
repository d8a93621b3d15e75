package org.placementledger.api.audit;

import java.time.Instant;

/**
 * One breach found by a verify: its {@code kind}, the provider and/or consumer concerned (null when
 * not one), the event position and time it appeared at (null for a check of the final state), and
 * what exactly is wrong.
 */
public record VerifyFinding(String kind,
        String providerUuid,
        String consumerUuid,
        Long position,
        Instant time,
        String detail) {
}
