package org.placementledger.api.candidates;

/** One class of inventory in a provider summary: capacity {@code int((total - reserved) * ratio)} and the amount allocated. */
public record ResourceSummary(long capacity,
        long used) {
}
