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
        Map<String, Long> requestSum = sums(wanted);
        Map<String, Long> running = new HashMap<>();
        for (Map<String, Long> resources : wanted.values()) {
            resources.forEach((rc, amount) -> checkOne(providerUuid, inventories, current, rewritten, rc, amount,
                    running.merge(rc, amount, Long::sum), requestSum.get(rc)));
        }
    }

    /** Every consumer's amounts of each class summed. */
    static Map<String, Long> sums(Map<String, Map<String, Long>> wanted) {
        Map<String, Long> sum = new HashMap<>();
        wanted.values().forEach(resources -> resources.forEach((rc, amount) -> sum.merge(rc, amount, Long::sum)));
        return sum;
    }

    /**
     * Placement's check of one allocation record, made in the request's order: the capacity check
     * counts the amounts of this class met so far in the request ({@code runningSum}), so the first
     * refusal named is Placement's; the master rule for a provider already over capacity looks at
     * the whole request ({@code requestSum}).
     */
    static void checkOne(String providerUuid, Map<String, InventoryRecord> inventories, ProviderAllocations current,
                         Set<String> rewritten, String rc, long amount, long runningSum, long requestSum) {
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
        boolean over = capacity < others + amount || capacity < others + runningSum;
        if (over && others + requestSum > current.used(rc)) {
            throw PlacementException.conflict("Unable to allocate inventory: Unable to create allocation for '"
                    + rc + "' on resource provider '" + providerUuid
                    + "'. The requested amount would exceed the capacity.");
        }
    }
}
