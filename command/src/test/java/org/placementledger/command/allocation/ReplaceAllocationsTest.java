package org.placementledger.command.allocation;

import static org.placementledger.command.allocation.Claims.C1;
import static org.placementledger.command.allocation.Claims.C2;
import static org.placementledger.command.allocation.Claims.RP1;
import static org.placementledger.command.allocation.Claims.RP2;
import static org.placementledger.command.allocation.Claims.all;
import static org.placementledger.command.allocation.Claims.checked;
import static org.placementledger.command.allocation.Claims.consumerHolds;
import static org.placementledger.command.allocation.Claims.legacy;
import static org.placementledger.command.allocation.Claims.on;
import static org.placementledger.command.allocation.Claims.replace;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.provider.AddInventoryCommand;
import org.placementledger.api.provider.CreateResourceProviderCommand;
import org.placementledger.api.provider.DeleteResourceProviderCommand;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.UpdateInventoryCommand;

/** ReplaceAllocationsCommand (PUT and POST /allocations): spec §2.6, §4.2, §4.3, §4.4. */
class ReplaceAllocationsTest {

    /** min 10, max 50, step 10: the unit rules of §4.2. */
    static final InventoryRecord DISK = new InventoryRecord(100, 0, 10, 50, 10, 1.0);

    private LedgerFixture fixture;

    /** RP1 has 8 VCPU and DISK (generation 2); RP2 has 8 VCPU (generation 1). */
    static LedgerFixture twoProviders() {
        return new LedgerFixture().given(
                new CreateResourceProviderCommand(RP1, "rp1", null),
                new CreateResourceProviderCommand(RP2, "rp2", null),
                new AddInventoryCommand(RP1, "VCPU", InventoryRecord.withDefaults(8), false),
                new AddInventoryCommand(RP1, "DISK_GB", DISK, false),
                new AddInventoryCommand(RP2, "VCPU", InventoryRecord.withDefaults(8), false));
    }

    @BeforeEach
    void setUp() {
        fixture = twoProviders();
    }

    @Test
    void aNewConsumerClaimsAndEveryNamedProviderIsBumped() {
        fixture.when(replace(legacy(C1, all(on(RP1, "VCPU", 2, "DISK_GB", 20), on(RP2, "VCPU", 1)))))
                .expectEvents(
                        new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 2L, "DISK_GB", 20L), 3),
                        new ResourcesClaimedEvent(RP2, C1, Map.of("VCPU", 1L), 2),
                        consumerHolds(C1, 1, all(on(RP1, "VCPU", 2, "DISK_GB", 20), on(RP2, "VCPU", 1))));
    }

    @Test
    void aReplaceOnTheSameProviderDoesNotCountTheOldHoldingTwice() {
        fixture.given(replace(legacy(C1, on(RP1, "VCPU", 6))));
        fixture.when(replace(legacy(C1, on(RP1, "VCPU", 8))))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 8L), 4),
                        consumerHolds(C1, 2, on(RP1, "VCPU", 8)));
    }

    @Test
    void aMoveBetweenProvidersDoesNotBumpTheProviderLeft() {
        fixture.given(replace(legacy(C1, on(RP1, "VCPU", 2))));
        fixture.when(replace(legacy(C1, on(RP2, "VCPU", 2))))
                .expectEvents(new ResourcesReleasedEvent(RP1, C1, 3),
                        new ResourcesClaimedEvent(RP2, C1, Map.of("VCPU", 2L), 2),
                        consumerHolds(C1, 2, on(RP2, "VCPU", 2)));
    }

    @Test
    void clearingWithNothingBumpsTheOldProvidersAndRemovesTheConsumer() {
        fixture.given(replace(legacy(C1, all(on(RP1, "VCPU", 2), on(RP2, "VCPU", 2)))));
        fixture.when(replace(checked(C1, 1L, Map.of())))
                .expectEvents(new ResourcesReleasedEvent(RP1, C1, 4),
                        new ResourcesReleasedEvent(RP2, C1, 3),
                        new ConsumerRemovedEvent(C1));
        // Forgotten: the next write is that of a new consumer again.
        fixture.when(replace(checked(C1, null, on(RP1, "VCPU", 1))))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 1L), 5),
                        consumerHolds(C1, 1, on(RP1, "VCPU", 1)));
    }

    @Test
    void clearingAConsumerThatHoldsNothingStoresNothing() {
        fixture.when(replace(checked(C1, null, Map.of()))).expectEvents();
    }

    @Test
    void consumersOfOneCommandAreCheckedTogetherAgainstCapacity() {
        fixture.when(replace(legacy(C1, on(RP1, "VCPU", 5)), legacy(C2, on(RP1, "VCPU", 4))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, "Unable to allocate inventory: Unable to "
                        + "create allocation for 'VCPU' on resource provider '" + RP1
                        + "'. The requested amount would exceed the capacity.");
        fixture.when(replace(legacy(C1, on(RP1, "VCPU", 4)), legacy(C2, on(RP1, "VCPU", 4))))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 4L), 3),
                        new ResourcesClaimedEvent(RP1, C2, Map.of("VCPU", 4L), 3),
                        consumerHolds(C1, 1, on(RP1, "VCPU", 4)),
                        consumerHolds(C2, 1, on(RP1, "VCPU", 4)));
    }

    @Test
    void oneCommandCanHandOverWhatOneConsumerLetsGo() {
        fixture.given(replace(legacy(C1, on(RP1, "VCPU", 6))));
        fixture.when(replace(legacy(C2, on(RP1, "VCPU", 6)), checked(C1, 1L, Map.of())))
                .expectEvents(new ResourcesReleasedEvent(RP1, C1, 4),
                        new ResourcesClaimedEvent(RP1, C2, Map.of("VCPU", 6L), 4),
                        new ConsumerRemovedEvent(C1),
                        consumerHolds(C2, 1, on(RP1, "VCPU", 6)));
    }

    @Test
    void aClassWithoutInventoryOnTheProviderIs409() {
        fixture.when(replace(legacy(C1, on(RP2, "DISK_GB", 10))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED,
                        "Inventory for 'DISK_GB' on resource provider '" + RP2 + "' invalid.");
    }

    @Test
    void unitRulesAre409AndChangeNothing() {
        for (long amount : new long[] {5, 60, 15}) {
            fixture.when(replace(legacy(C1, on(RP1, "DISK_GB", amount))))
                    .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, "Unable to create allocation for 'DISK_GB'"
                            + " on resource provider '" + RP1 + "'. The requested amount would violate inventory"
                            + " constraints.");
        }
        fixture.when(replace(legacy(C1, on(RP1, "DISK_GB", 50))))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("DISK_GB", 50L), 3),
                        consumerHolds(C1, 1, on(RP1, "DISK_GB", 50)));
    }

    @Test
    void anUnknownOrDeletedProviderIs400() {
        String unknown = "99999999-9999-9999-9999-999999999999";
        fixture.when(replace(legacy(C1, all(on(RP1, "VCPU", 1), on(unknown, "VCPU", 1)))))
                .expectRefusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED,
                        "Allocation for resource provider '" + unknown + "' that does not exist.");
        fixture.given(new DeleteResourceProviderCommand(RP2));
        fixture.when(replace(legacy(C1, on(RP2, "VCPU", 1))))
                .expectRefusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED,
                        "Allocation for resource provider '" + RP2 + "' that does not exist.");
    }

    @Test
    void anUnknownClassIs400() {
        fixture.when(replace(legacy(C1, on(RP1, "VCPU", 1, "CUSTOM_NOPE", 1))))
                .expectRefusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED,
                        "Unable to allocate inventory for consumer " + C1 + ": No such resource class CUSTOM_NOPE.");
    }

    @Test
    void overCapacityIsAcceptedOnlyWhenItReducesTheUsage() {
        fixture.given(replace(legacy(C1, on(RP1, "VCPU", 6))),
                new UpdateInventoryCommand(RP1, "VCPU", 3, InventoryRecord.withDefaults(4), false));
        String exceeds = "The requested amount would exceed the capacity.";
        fixture.when(replace(legacy(C1, on(RP1, "VCPU", 7))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, exceeds);
        fixture.when(replace(legacy(C2, on(RP1, "VCPU", 1))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, exceeds);
        fixture.when(replace(legacy(C1, on(RP1, "VCPU", 5))))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 5L), 5),
                        consumerHolds(C1, 2, on(RP1, "VCPU", 5)));
        fixture.when(replace(legacy(C1, on(RP1, "VCPU", 5)))).expectEvents(
                new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 5L), 6), consumerHolds(C1, 3, on(RP1, "VCPU", 5)));
    }
}
