package org.placementledger.api.provider;

/** One inventory row of a provider and the units allocated of it. */
public record ClassUtilization(String resourceClass, InventoryRecord inventory, long used) {

    /** Allocated share of the truncated capacity (above 1 when an inventory shrank below its allocations). */
    public double utilization() {
        long capacity = inventory.intCapacity();
        if (capacity <= 0) {
            return used > 0 ? 1 : 0;
        }
        return (double) used / capacity;
    }
}
