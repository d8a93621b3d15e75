package org.placementledger.command.allocation;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.DeleteAllocationsCommand;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.provider.AddInventoryCommand;
import org.placementledger.api.provider.CreateResourceProviderCommand;
import org.placementledger.api.provider.InventoryRecord;

/** Consumer generations (1.28), project, user and type (1.38), and DeleteAllocationsCommand: spec §2.6, §4.4. */
class ConsumerGenerationsTest {

    private LedgerFixture fixture;

    /** RP1 and RP2 have 8 VCPU each (generation 1); C1 holds 1 VCPU on RP1 at generation 1. */
    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture().given(
                new CreateResourceProviderCommand(RP1, "rp1", null),
                new CreateResourceProviderCommand(RP2, "rp2", null),
                new AddInventoryCommand(RP1, "VCPU", InventoryRecord.withDefaults(8), false),
                new AddInventoryCommand(RP2, "VCPU", InventoryRecord.withDefaults(8), false),
                replace(checked(C1, null, on(RP1, "VCPU", 1))));
    }

    @Test
    void aNewConsumerMustBeGivenNull() {
        fixture.when(replace(checked(C2, 3L, on(RP1, "VCPU", 1))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE,
                        "consumer generation conflict - expected null but got 3");
    }

    @Test
    void anExistingConsumerMustBeGivenItsGeneration() {
        fixture.when(replace(checked(C1, null, on(RP1, "VCPU", 2))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE,
                        "consumer generation conflict - expected 1 but got None");
        fixture.when(replace(checked(C1, 5L, on(RP1, "VCPU", 2))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE,
                        "consumer generation conflict - expected 1 but got 5");
        fixture.when(replace(checked(C1, 1L, on(RP1, "VCPU", 2))))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 2L), 3),
                        consumerHolds(C1, 2, on(RP1, "VCPU", 2)));
    }

    @Test
    void oneStaleConsumerRefusesTheWholeCommand() {
        fixture.when(replace(checked(C2, null, on(RP2, "VCPU", 1)), checked(C1, 7L, on(RP1, "VCPU", 1))))
                .expectRefusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE, "expected 1 but got 7");
        assertThat(fixture.eventsOf(C2)).isEmpty();
    }

    @Test
    void belowVersion128NoGenerationIsChecked() {
        fixture.when(replace(new ConsumerAllocations(C1, on(RP1, "VCPU", 3), "proj", "user", null, 42L, false)))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 3L), 3),
                        consumerHolds(C1, 2, on(RP1, "VCPU", 3)));
    }

    @Test
    void projectUserAndTypeFollowTheWriteButANullTypeKeepsTheOldOne() {
        fixture.when(replace(new ConsumerAllocations(C1, on(RP1, "VCPU", 1), "p2", "u2", "INSTANCE", 1L, true)))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 1L), 3),
                        new ConsumerAllocationsChangedEvent(C1, 2, "p2", "u2", "INSTANCE", on(RP1, "VCPU", 1)));
        fixture.when(replace(new ConsumerAllocations(C1, on(RP1, "VCPU", 1), "p3", "u3", null, null, false)))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 1L), 4),
                        new ConsumerAllocationsChangedEvent(C1, 3, "p3", "u3", "INSTANCE", on(RP1, "VCPU", 1)));
        fixture.when(replace(new ConsumerAllocations(C1, on(RP1, "VCPU", 1), "p3", "u3", "MIGRATION", 3L, true)))
                .expectEvents(new ResourcesClaimedEvent(RP1, C1, Map.of("VCPU", 1L), 5),
                        new ConsumerAllocationsChangedEvent(C1, 4, "p3", "u3", "MIGRATION", on(RP1, "VCPU", 1)));
    }

    @Test
    void deleteReleasesEverythingWithoutBumpingAndForgetsTheConsumer() {
        fixture.given(replace(checked(C1, 1L, all(on(RP1, "VCPU", 1), on(RP2, "VCPU", 2)))));
        fixture.when(new DeleteAllocationsCommand(C1))
                .expectEvents(new ResourcesReleasedEvent(RP1, C1, 3),
                        new ResourcesReleasedEvent(RP2, C1, 2),
                        new ConsumerRemovedEvent(C1));
        fixture.when(replace(checked(C1, null, on(RP2, "VCPU", 1))))
                .expectEvents(new ResourcesClaimedEvent(RP2, C1, Map.of("VCPU", 1L), 3),
                        consumerHolds(C1, 1, on(RP2, "VCPU", 1)));
    }

    @Test
    void deleteOfAConsumerThatHoldsNothingIs404() {
        fixture.when(new DeleteAllocationsCommand(C2))
                .expectRefusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED, "No allocations for consumer '" + C2 + "'");
        fixture.given(new DeleteAllocationsCommand(C1));
        fixture.when(new DeleteAllocationsCommand(C1))
                .expectRefusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED, "No allocations for consumer '" + C1 + "'");
    }
}
