package org.placementledger.command.provider;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.InventoryRecord;

/** Placement's per-provider allocation checks (spec §4.2). */
class AllocationRulesTest {

    static final String RP = "rp";
    static final String CAPACITY = "would exceed the capacity";
    static final String UNITS = "would violate inventory constraints";

    private final ProviderAllocations held = new ProviderAllocations();

    private void holds(String consumer, String rc, long amount) {
        held.on(new ResourcesClaimedEvent(RP, consumer, Map.of(rc, amount), 1));
    }

    private void check(Map<String, InventoryRecord> inventories, Map<String, Map<String, Long>> wanted) {
        AllocationRules.check(RP, inventories, held, wanted, wanted.keySet());
    }

    @Test
    void capacityIsAFloatOfTotalLessReservedTimesRatio() {
        Map<String, InventoryRecord> inv = Map.of("VCPU", new InventoryRecord(10, 1, 1, 100, 1, 1.5));
        assertThatCode(() -> check(inv, Map.of("a", Map.of("VCPU", 13L)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(inv, Map.of("a", Map.of("VCPU", 14L))))
                .isInstanceOf(PlacementException.class).hasMessageContaining(CAPACITY);
    }

    @Test
    void othersCountButTheRewrittenConsumersOwnHoldingDoesNot() {
        Map<String, InventoryRecord> inv = Map.of("VCPU", InventoryRecord.withDefaults(8));
        holds("other", "VCPU", 3);
        holds("self", "VCPU", 4);
        assertThatCode(() -> check(inv, Map.of("self", Map.of("VCPU", 5L)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(inv, Map.of("self", Map.of("VCPU", 6L))))
                .hasMessageContaining(CAPACITY).hasMessageContaining("'VCPU' on resource provider 'rp'");
        // A consumer letting go of this provider in the same write frees its share.
        assertThatCode(() -> AllocationRules.check(RP, inv, held, Map.of("new", Map.of("VCPU", 5L)),
                Set.of("new", "self"))).doesNotThrowAnyException();
    }

    @Test
    void theConsumersOfOneWriteAreSummed() {
        Map<String, InventoryRecord> inv = Map.of("VCPU", InventoryRecord.withDefaults(8));
        assertThatCode(() -> check(inv, Map.of("a", Map.of("VCPU", 4L), "b", Map.of("VCPU", 4L))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(inv, Map.of("a", Map.of("VCPU", 4L), "b", Map.of("VCPU", 5L))))
                .hasMessageContaining(CAPACITY);
    }

    @Test
    void stepIsCheckedOnTheAmountNotOnTheAmountAboveMin() {
        Map<String, InventoryRecord> inv = Map.of("DISK_GB", new InventoryRecord(100, 0, 3, 10, 2, 1.0));
        assertThatCode(() -> check(inv, Map.of("a", Map.of("DISK_GB", 4L)))).doesNotThrowAnyException();
        for (long amount : new long[] {2, 5, 12}) {
            assertThatThrownBy(() -> check(inv, Map.of("a", Map.of("DISK_GB", amount))))
                    .as("amount %d", amount).hasMessageContaining(UNITS);
        }
    }

    @Test
    void aClassWithoutInventoryIsInvalid() {
        assertThatThrownBy(() -> check(Map.of(), Map.of("a", Map.of("VCPU", 1L))))
                .hasMessage("Unable to allocate inventory: Inventory for 'VCPU' on resource provider 'rp' invalid.");
    }

    @Test
    void overCapacityPassesOnlyWhenTheClassUsageDoesNotGrow() {
        Map<String, InventoryRecord> inv = Map.of("VCPU", InventoryRecord.withDefaults(4));
        holds("a", "VCPU", 3);
        holds("b", "VCPU", 3);
        assertThatCode(() -> check(inv, Map.of("a", Map.of("VCPU", 2L)))).doesNotThrowAnyException();
        assertThatCode(() -> check(inv, Map.of("a", Map.of("VCPU", 3L)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(inv, Map.of("a", Map.of("VCPU", 4L)))).hasMessageContaining(CAPACITY);
        assertThatThrownBy(() -> check(inv, Map.of("c", Map.of("VCPU", 1L)))).hasMessageContaining(CAPACITY);
    }
}
