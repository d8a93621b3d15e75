package org.placementledger.api.provider;

/**
 * One class of inventory on a provider, with Placement's field names spelled the Java way.
 * Capacity is {@code (total - reserved) * allocationRatio}, compared as a float as Placement does.
 */
public record InventoryRecord(long total, long reserved, long minUnit, long maxUnit, long stepSize,
                              double allocationRatio) {

    public static final long MAX_INT = 2147483647L;

    public static InventoryRecord withDefaults(long total) {
        return new InventoryRecord(total, 0, 1, MAX_INT, 1, 1.0);
    }

    public double capacity() {
        return (total - reserved) * allocationRatio;
    }

    /** The truncated capacity Placement reports in summaries and checks on inventory writes. */
    public long intCapacity() {
        return (long) capacity();
    }
}
