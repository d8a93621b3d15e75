package org.placementledger.query.candidates;

import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.query.candidates.index.ProviderNode;

/** Placement's per-provider checks of an amount against inventory and usage. */
final class Capacity {

    private Capacity() {
    }

    /** Whether the provider can give {@code amount} more of the class: capacity (as a float), min, max and step. */
    static boolean fits(ProviderNode provider, String resourceClass, long amount) {
        InventoryRecord inv = provider.inventory(resourceClass);
        if (inv == null) {
            return false;
        }
        return (double) (provider.used(resourceClass) + amount) <= inv.capacity()
                && inv.minUnit() <= amount && inv.maxUnit() >= amount
                && inv.stepSize() > 0 && amount % inv.stepSize() == 0;
    }

    /**
     * The re-check of a merged candidate, where several groups may take from the same provider and
     * class: the sum must fit the truncated capacity and {@code max_unit}.
     */
    static boolean fitsSum(ProviderNode provider, String resourceClass, long total) {
        InventoryRecord inv = provider.inventory(resourceClass);
        return inv != null && provider.used(resourceClass) + total <= inv.intCapacity() && total <= inv.maxUnit();
    }
}
