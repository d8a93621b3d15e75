package org.placementledger.command.provider;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;

/**
 * Placement's checks on inventory writes of one provider, in Placement's order (capacity, then
 * class, then existing records, then use), worded as placement/handlers/inventory.py words them.
 */
final class InventoryRules {

    /** Placement lists classes in the order of their internal ids: standard ones first, in canonical order. */
    private static final java.util.Comparator<String> CLASS_ORDER = java.util.Comparator
            .comparingInt((String rc) -> StandardCatalogue.isStandardClass(rc)
                    ? StandardCatalogue.standardClassId(rc) : Integer.MAX_VALUE)
            .thenComparing(java.util.Comparator.naturalOrder());

    private final String provider;
    private final ClassAndTraitCatalogue catalogue;

    InventoryRules(String provider, ClassAndTraitCatalogue catalogue) {
        this.provider = provider;
        this.catalogue = catalogue;
    }

    /** POST of one class: it must be valid, known and not yet on the provider. */
    void checkAdd(Map<String, InventoryRecord> current, String resourceClass, InventoryRecord inventory,
                  boolean zeroCapacityAllowed) {
        String prefix = "Unable to create inventory for resource provider " + provider + ": ";
        checkCapacity(prefix, resourceClass, inventory, zeroCapacityAllowed);
        if (!catalogue.resourceClassExists(resourceClass)) {
            throw PlacementException.badRequest(prefix + noSuchClass(resourceClass));
        }
        if (current.containsKey(resourceClass)) {
            // Placement meets this as a duplicate row and reports it as a concurrent update.
            throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE, "Update conflict: Duplicate inventory of class "
                    + resourceClass + " for resource provider " + provider + ".");
        }
    }

    /** PUT of one class: it must be valid, known (else 404, a Placement quirk) and already on the provider. */
    void checkUpdate(Map<String, InventoryRecord> current, String resourceClass, InventoryRecord inventory,
                     boolean zeroCapacityAllowed) {
        checkCapacity(updatePrefix(), resourceClass, inventory, zeroCapacityAllowed);
        if (!catalogue.resourceClassExists(resourceClass)) {
            throw new ObjectNotFoundException(noSuchClass(resourceClass));
        }
        if (!current.containsKey(resourceClass)) {
            throw PlacementException.badRequest("No inventory record with resource class for resource provider "
                    + provider + ": No inventory of class " + resourceClass + " found.");
        }
    }

    /** PUT of all classes: every record valid and known; no class in use may be dropped. */
    void checkReplace(Map<String, InventoryRecord> current, Map<String, InventoryRecord> wanted,
                      boolean zeroCapacityAllowed, Set<String> classesInUse) {
        wanted.forEach((rc, inventory) -> checkCapacity(updatePrefix(), rc, inventory, zeroCapacityAllowed));
        for (String rc : wanted.keySet()) {
            if (!catalogue.resourceClassExists(rc)) {
                throw PlacementException.badRequest("Unknown resource class in inventory for resource provider "
                        + provider + ": " + noSuchClass(rc));
            }
        }
        List<String> droppedInUse = current.keySet().stream()
                .filter(rc -> !wanted.containsKey(rc) && classesInUse.contains(rc)).sorted(CLASS_ORDER).toList();
        if (!droppedInUse.isEmpty()) {
            throw PlacementException.conflict(ErrorCode.INVENTORY_INUSE, "update conflict: " + inUse(droppedInUse));
        }
    }

    /** DELETE of one class: known, present and not in use (409 concurrent_update, a Placement quirk). */
    void checkDelete(Map<String, InventoryRecord> current, String resourceClass, Set<String> classesInUse) {
        String prefix = "No inventory of class " + resourceClass + " found for delete: ";
        if (!catalogue.resourceClassExists(resourceClass)) {
            throw PlacementException.notFound(prefix + noSuchClass(resourceClass));
        }
        if (classesInUse.contains(resourceClass)) {
            throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE, "Unable to delete inventory of class "
                    + resourceClass + ": " + inUse(List.of(resourceClass)));
        }
        if (!current.containsKey(resourceClass)) {
            throw PlacementException.notFound(prefix + "No inventory of class " + resourceClass + " found for delete");
        }
    }

    /** DELETE of all classes: nothing may be in use. */
    void checkDeleteAll(Map<String, InventoryRecord> current, Set<String> classesInUse) {
        List<String> used = current.keySet().stream().filter(classesInUse::contains).sorted(CLASS_ORDER).toList();
        if (!used.isEmpty()) {
            throw PlacementException.conflict(ErrorCode.INVENTORY_INUSE, inUse(used));
        }
    }

    /**
     * Below 1.26 the truncated capacity must be positive; from 1.26 it may be zero (reserved == total).
     * A ratio that is not a finite number never gives a usable capacity.
     */
    static boolean capacityAllowed(InventoryRecord inventory, boolean zeroCapacityAllowed) {
        if (!Double.isFinite(inventory.capacity())) {
            return false;
        }
        long capacity = inventory.intCapacity();
        return zeroCapacityAllowed ? capacity >= 0 : capacity > 0;
    }

    private void checkCapacity(String prefix, String rc, InventoryRecord inventory, boolean zeroCapacityAllowed) {
        if (!capacityAllowed(inventory, zeroCapacityAllowed)) {
            throw PlacementException.badRequest(prefix + "Invalid inventory for '" + rc + "' on resource provider '"
                    + provider + "'. The reserved value is greater than "
                    + (zeroCapacityAllowed ? "total." : "or equal to total."));
        }
    }

    private String updatePrefix() {
        return "Unable to update inventory for resource provider " + provider + ": ";
    }

    private String inUse(Collection<String> classes) {
        return "Inventory for '" + String.join(", ", classes) + "' on resource provider '" + provider + "' in use.";
    }

    private static String noSuchClass(String rc) {
        return "No such resource class " + rc + ".";
    }
}
