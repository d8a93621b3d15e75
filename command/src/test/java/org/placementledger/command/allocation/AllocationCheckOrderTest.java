package org.placementledger.command.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.command.allocation.Claims.C1;
import static org.placementledger.command.allocation.Claims.C2;
import static org.placementledger.command.allocation.Claims.RP1;
import static org.placementledger.command.allocation.Claims.RP2;
import static org.placementledger.command.allocation.Claims.all;
import static org.placementledger.command.allocation.Claims.legacy;
import static org.placementledger.command.allocation.Claims.on;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;

/**
 * Which refusal a write with several faults gets: Placement's, found in its order of checks (the
 * consumers, providers and classes as the request lists them; a running sum per class; providers
 * without any inventory of the request's classes first), not in our aggregates' uuid order.
 */
class AllocationCheckOrderTest {

    private LedgerFixture fixture;

    /** RP1: 8 VCPU and DISK_GB (min 10, max 50, step 10); RP2: 8 VCPU. RP1 sorts before RP2. */
    @BeforeEach
    void setUp() {
        fixture = ReplaceAllocationsTest.twoProviders();
    }

    @Test
    void theFirstFaultyRecordOfTheRequestIsNamed() {
        fixture.when(put(legacy(C1, all(on(RP2, "VCPU", 9), on(RP1, "DISK_GB", 15)))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, "Unable to allocate inventory: Unable to "
                        + "create allocation for 'VCPU' on resource provider '" + RP2 + "'. The requested amount "
                        + "would exceed the capacity.");
        fixture.when(put(legacy(C1, all(on(RP1, "DISK_GB", 15), on(RP2, "VCPU", 9)))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, "Unable to allocate inventory: Unable to "
                        + "create allocation for 'DISK_GB' on resource provider '" + RP1 + "'. The requested amount "
                        + "would violate inventory constraints.");
    }

    @Test
    void capacityCountsOnlyTheRecordsMetSoFar() {
        // Together the consumers need 10 of RP1's 8 VCPU, but C1's DISK_GB on RP2 comes first in the request.
        fixture.when(post(legacy(C1, all(on(RP1, "VCPU", 5), on(RP2, "DISK_GB", 10))), legacy(C2, on(RP1, "VCPU", 5))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED,
                        "Unable to allocate inventory: Inventory for 'DISK_GB' on resource provider '" + RP2
                                + "' invalid.");
        fixture.when(post(legacy(C1, on(RP1, "VCPU", 5)), legacy(C2, all(on(RP1, "VCPU", 5), on(RP2, "DISK_GB", 10)))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, "Unable to allocate inventory: Unable to "
                        + "create allocation for 'VCPU' on resource provider '" + RP1 + "'. The requested amount "
                        + "would exceed the capacity.");
    }

    @Test
    void aProviderWithNoneOfTheRequestsClassesComesFirstAndNamesThemAll() {
        fixture.when(put(legacy(C1, all(on(RP1, "DISK_GB", 15), on(RP2, "DISK_GB", 10, "MEMORY_MB", 1)))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED,
                        "Unable to allocate inventory: Inventory for 'MEMORY_MB, DISK_GB' on resource provider '"
                                + RP2 + "' invalid.");
    }

    @Test
    void theClassesOfAConsumerBeingEmptiedCountToo() {
        fixture.given(put(legacy(C1, on(RP2, "VCPU", 1))));
        // RP2 has VCPU, which C1 held: so RP2 has some class of the write, and its first record is named.
        fixture.when(post(legacy(C1, Map.of()), legacy(C2, on(RP2, "DISK_GB", 10, "MEMORY_MB", 1))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED,
                        "Unable to allocate inventory: Inventory for 'DISK_GB' on resource provider '" + RP2
                                + "' invalid.");
    }

    @Test
    void aMissingClassIsWordedAsTheRouteWordsIt() {
        var put = fixture.when(put(legacy(C1, on(RP1, "CUSTOM_NOPE", 1))));
        assertThat(put.failure()).hasMessage("Unable to allocate inventory for consumer " + C1
                + ": No such resource class CUSTOM_NOPE.");
        var post = fixture.when(post(legacy(C1, on(RP1, "CUSTOM_NOPE", 1))));
        assertThat(post.failure()).hasMessage("Unable to allocate inventory No such resource class CUSTOM_NOPE.");
        assertThat(post.events()).isEmpty();
    }

    private static ReplaceAllocationsCommand put(ConsumerAllocations one) {
        return new ReplaceAllocationsCommand(List.of(one));
    }

    private static ReplaceAllocationsCommand post(ConsumerAllocations... many) {
        return new ReplaceAllocationsCommand(List.of(many), true);
    }
}
