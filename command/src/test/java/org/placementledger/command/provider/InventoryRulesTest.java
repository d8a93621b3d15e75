package org.placementledger.command.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;

/**
 * The "in use" rules, which the aggregate cannot reach yet (it records no allocations): their
 * codes are Placement's quirks, so they are pinned here for the allocations issue to rely on.
 */
class InventoryRulesTest {

    static final String RP = "11111111-1111-1111-1111-111111111111";
    static final Map<String, InventoryRecord> CURRENT = Map.of("VCPU", InventoryRecord.withDefaults(8),
            "DISK_GB", InventoryRecord.withDefaults(100));

    private final InventoryRules rules = new InventoryRules(RP, new ClassAndTraitCatalogue() {
        @Override
        public boolean resourceClassExists(String name) {
            return !name.equals("HOUSE");
        }

        @Override
        public boolean traitExists(String name) {
            return true;
        }
    });

    @Test
    void deletingOneClassInUseIsAConcurrentUpdate() {
        PlacementException e = catchThrowableOfType(PlacementException.class,
                () -> rules.checkDelete(CURRENT, "VCPU", Set.of("VCPU")));
        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE);
        assertThat(e.getMessage()).isEqualTo("Unable to delete inventory of class VCPU: Inventory for 'VCPU' on "
                + "resource provider '" + RP + "' in use.");
    }

    @Test
    void replacingAwayAClassInUseIsInventoryInUse() {
        PlacementException e = catchThrowableOfType(PlacementException.class,
                () -> rules.checkReplace(CURRENT, Map.of("VCPU", InventoryRecord.withDefaults(4)), false,
                        Set.of("DISK_GB")));
        assertThat(e.code()).isEqualTo(ErrorCode.INVENTORY_INUSE);
        assertThat(e.getMessage()).startsWith("update conflict: Inventory for 'DISK_GB'");
        assertThatCode(() -> rules.checkReplace(CURRENT, Map.of("DISK_GB", InventoryRecord.withDefaults(1)), false,
                Set.of("DISK_GB"))).doesNotThrowAnyException();
    }

    @Test
    void deletingAllWhileAnythingIsInUseIsInventoryInUse() {
        PlacementException e = catchThrowableOfType(PlacementException.class,
                () -> rules.checkDeleteAll(CURRENT, Set.of("VCPU", "DISK_GB")));
        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(e.code()).isEqualTo(ErrorCode.INVENTORY_INUSE);
        // Placement names classes in internal-id order: standard classes in canonical order
        assertThat(e.getMessage()).isEqualTo("Inventory for 'VCPU, DISK_GB' on resource provider '" + RP + "' in use.");
    }

    @Test
    void capacityIsTruncatedBeforeTheCheck() {
        // (10 - 9) * 0.5 = 0.5, which Placement truncates to 0
        InventoryRecord half = new InventoryRecord(10, 9, 1, 1, 1, 0.5);
        assertThat(InventoryRules.capacityAllowed(half, false)).isFalse();
        assertThat(InventoryRules.capacityAllowed(half, true)).isTrue();
    }
}
