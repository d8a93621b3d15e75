package org.placementledger.command.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.command.allocation.Claims.C1;
import static org.placementledger.command.allocation.Claims.RP1;
import static org.placementledger.command.allocation.Claims.RP2;
import static org.placementledger.command.allocation.Claims.checked;
import static org.placementledger.command.allocation.Claims.consumerHolds;
import static org.placementledger.command.allocation.Claims.legacy;
import static org.placementledger.command.allocation.Claims.on;
import static org.placementledger.command.allocation.Claims.replace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.InventoryReplacement;
import org.placementledger.api.allocation.ReshapeCommand;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.provider.AddInventoryCommand;
import org.placementledger.api.provider.CreateResourceProviderCommand;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;

/** ReshapeCommand (POST /reshaper): spec §2.11, §4.3, §4.5, §4.11. */
class ReshapeCommandsTest {

    static final InventoryRecord VCPU = InventoryRecord.withDefaults(8);
    static final InventoryRecord VGPU = InventoryRecord.withDefaults(4);

    private LedgerFixture fixture;

    /** RP1 (a compute node) has VCPU and CUSTOM_MAGIC, of which C1 holds some (RP1 at 3); RP2 (a child) has nothing (0). */
    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture().given(
                new CreateResourceProviderCommand(RP1, "rp1", null),
                new CreateResourceProviderCommand(RP2, "rp2", RP1),
                new AddInventoryCommand(RP1, "VCPU", VCPU, false),
                new AddInventoryCommand(RP1, "CUSTOM_MAGIC", VGPU, false),
                replace(legacy(C1, on(RP1, "VCPU", 2, "CUSTOM_MAGIC", 1))));
    }

    private static Map<String, InventoryRecord> inventory(Object... classAndRecord) {
        Map<String, InventoryRecord> out = new LinkedHashMap<>();
        for (int i = 0; i < classAndRecord.length; i += 2) {
            out.put((String) classAndRecord[i], (InventoryRecord) classAndRecord[i + 1]);
        }
        return out;
    }

    private static ReshapeCommand reshape(long gen1, Map<String, InventoryRecord> inv1, long gen2,
                                          Map<String, InventoryRecord> inv2, ConsumerAllocations... allocations) {
        Map<String, InventoryReplacement> inventories = new LinkedHashMap<>();
        inventories.put(RP1, new InventoryReplacement(gen1, inv1));
        inventories.put(RP2, new InventoryReplacement(gen2, inv2));
        return new ReshapeCommand(inventories, List.of(allocations));
    }

    /** The move of a class to a child: interim, allocations, final; +3 where all three happen. */
    @Test
    void movesAClassAndItsAllocationsToAChild() {
        Map<String, Map<String, Long>> moved = new LinkedHashMap<>(on(RP1, "VCPU", 2));
        moved.putAll(on(RP2, "CUSTOM_MAGIC", 1));
        fixture.when(reshape(3, inventory("VCPU", VCPU), 0, inventory("CUSTOM_MAGIC", VGPU), checked(C1, 1L, moved)))
                .expectEvents(
                        new InventoryChangedEvent(RP1, 4, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU)),
                        new InventoryChangedEvent(RP2, 1, inventory("CUSTOM_MAGIC", VGPU)),
                        new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 2L), 5),
                        new ResourcesClaimedEvent(RP2, C1, Map.of("CUSTOM_MAGIC", 1L), 2),
                        consumerHolds(C1, 2, moved),
                        new InventoryChangedEvent(RP1, 6, inventory("VCPU", VCPU)),
                        new InventoryChangedEvent(RP2, 3, inventory("CUSTOM_MAGIC", VGPU)));
    }

    @Test
    void anEmptyNewInventorySkipsTheInterimStep() {
        fixture.when(reshape(3, inventory(), 0, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU),
                        checked(C1, 1L, on(RP2, "VCPU", 2, "CUSTOM_MAGIC", 1))))
                .expectEvents(
                        new InventoryChangedEvent(RP2, 1, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU)),
                        new ResourcesReleasedEvent(RP1, C1, 3),
                        new ResourcesClaimedEvent(RP2, C1, Map.of("VCPU", 2L, "CUSTOM_MAGIC", 1L), 2),
                        consumerHolds(C1, 2, on(RP2, "VCPU", 2, "CUSTOM_MAGIC", 1)),
                        new InventoryChangedEvent(RP1, 4, inventory()),
                        new InventoryChangedEvent(RP2, 3, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU)));
    }

    @Test
    void aFinalInventoryThatDropsAClassInUseIs409InventoryInUse() {
        fixture.when(reshape(3, inventory("VCPU", VCPU), 0, inventory("CUSTOM_MAGIC", VGPU)))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.INVENTORY_INUSE,
                        "update conflict: Inventory for 'CUSTOM_MAGIC' on resource provider '" + RP1 + "' in use.");
    }

    @Test
    void aProviderThatDoesNotExistIs400NotFound() {
        String missing = "99999999-9999-9999-9999-999999999999";
        fixture.when(new ReshapeCommand(Map.of(missing, new InventoryReplacement(0, inventory("VCPU", VCPU))),
                        List.of()))
                .expectRefusal(ErrorKind.BAD_REQUEST, ErrorCode.PROVIDER_NOT_FOUND,
                        "Resource provider " + missing + " in inventories not found");
    }

    @Test
    void aStaleProviderGenerationIs409ConcurrentUpdate() {
        fixture.when(reshape(2, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU), 0, inventory()))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE,
                        "resource provider generation conflict for provider " + RP1 + ": actual: 3, given: 2");
    }

    @Test
    void unknownClassesAreMalformedData() {
        fixture.when(reshape(3, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU, "CUSTOM_NOPE", VGPU), 0, inventory()))
                .expectRefusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED,
                        "malformed reshaper data: No such resource class CUSTOM_NOPE.");
        fixture.when(reshape(3, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU), 0, inventory(),
                        checked(C1, 1L, on(RP1, "CUSTOM_NOPE", 1))))
                .expectRefusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED,
                        "malformed reshaper data: No such resource class CUSTOM_NOPE.");
    }

    @Test
    void allocationsThatDoNotFitTheNewInventoryAre409AndNothingIsStored() {
        fixture.when(reshape(3, inventory("VCPU", InventoryRecord.withDefaults(2), "CUSTOM_MAGIC", VGPU), 0,
                        inventory(), checked(C1, 1L, on(RP1, "VCPU", 3, "CUSTOM_MAGIC", 1))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, "would exceed the capacity");
        fixture.when(reshape(3, inventory("VCPU", VCPU, "CUSTOM_MAGIC", VGPU), 0, inventory(),
                        checked(C1, 4L, on(RP1, "VCPU", 1))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE, "expected 1 but got 4");
        assertThat(fixture.eventsOf(RP2)).hasSize(1);
    }
}
