package org.placementledger.command.provider;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.InventoryRecord;

/**
 * Placement's checks of a write of allocations on one provider: every requested class has inventory,
 * each record respects min_unit, max_unit and step_size, and usage stays within capacity
 * {@code (total - reserved) * allocation_ratio} (as a float), counting every consumer of the same
 * request together. As in Placement master, a write that leaves a class over capacity is still
 * accepted when it does not raise that class's usage.
 */
final class AllocationRules {

    private AllocationRules() {
    }

    /**
     * @param wanted the new holdings on this provider of the consumers being written (classes with amount >= 1)
     * @param rewritten every consumer of the write, including those letting go of this provider
     */
    static void check(String providerUuid, Map<String, InventoryRecord> inventories, ProviderAllocations current,
                      Map<String, Map<String, Long>> wanted, Set<String> rewritten) {
        Map<String, Long> requestSum = new HashMap<>();
        wanted.values().forEach(resources -> resources.forEach((rc, amount) -> requestSum.merge(rc, amount, Long::sum)));
        for (Map<String, Long> resources : wanted.values()) {
            for (Map.Entry<String, Long> e : resources.entrySet()) {
                String rc = e.getKey();
                long amount = e.getValue();
                InventoryRecord inv = inventories.get(rc);
                if (inv == null) {
                    throw PlacementException.conflict("Unable to allocate inventory: Inventory for '" + rc
                            + "' on resource provider '" + providerUuid + "' invalid.");
                }
                if (amount < inv.minUnit() || amount > inv.maxUnit() || amount % inv.stepSize() != 0) {
                    throw PlacementException.conflict("Unable to allocate inventory: Unable to create allocation for '"
                            + rc + "' on resource provider '" + providerUuid
                            + "'. The requested amount would violate inventory constraints.");
                }
                long others = current.usedByOthers(rc, rewritten);
                double capacity = inv.capacity();
                long newTotal = others + requestSum.get(rc);
                boolean over = capacity < others + amount || capacity < newTotal;
                if (over && newTotal > current.used(rc)) {
                    throw PlacementException.conflict("Unable to allocate inventory: Unable to create allocation for '"
                            + rc + "' on resource provider '" + providerUuid
                            + "'. The requested amount would exceed the capacity.");
                }
            }
        }
    }
}
