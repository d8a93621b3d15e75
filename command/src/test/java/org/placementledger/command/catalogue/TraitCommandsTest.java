package org.placementledger.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.catalogue.CountProvidersWithTraitQuery;
import org.placementledger.api.catalogue.DeleteTraitCommand;
import org.placementledger.api.catalogue.EnsureTraitCommand;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.catalogue.TraitDeletedEvent;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.command.PlacementMatchers;

class TraitCommandsTest {

    private AggregateTestFixture<CustomTrait> fixture;
    private InMemoryTraitRegistry registry;
    private ReadSideStub readSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CustomTrait.class);
        registry = new InMemoryTraitRegistry();
        readSide = new ReadSideStub();
        fixture.registerAnnotatedCommandHandler(
                new TraitCommandHandler(fixture.getRepository(), registry, readSide.gateway));
    }

    @Test
    void ensureCreatesAndAnswersTrue() {
        fixture.givenNoPriorActivity()
                .when(new EnsureTraitCommand("CUSTOM_FAST"))
                .expectEvents(new TraitCreatedEvent("CUSTOM_FAST"))
                .expectResultMessagePayload(true);
        assertThat(registry.contains("CUSTOM_FAST")).isTrue();
    }

    @Test
    void ensureOfAnExistingTraitAnswersFalse() {
        registry.register("CUSTOM_FAST");
        fixture.given(new TraitCreatedEvent("CUSTOM_FAST"))
                .when(new EnsureTraitCommand("CUSTOM_FAST"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void ensureRefusesAStandardTraitLikeAnyNameOutsideTheCustomNamespace() {
        fixture.givenNoPriorActivity()
                .when(new EnsureTraitCommand("HW_CPU_X86_SSE"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED));
    }

    @Test
    void ensureRefusesAnInvalidName() {
        fixture.givenNoPriorActivity()
                .when(new EnsureTraitCommand("CUSTOM_lower"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED))
                .expectExceptionMessage(EnsureTraitCommand.INVALID_NAME);
        assertThat(registry.contains("CUSTOM_lower")).isFalse();
    }

    @Test
    void aDeletedTraitCanBeCreatedAgain() {
        fixture.given(new TraitCreatedEvent("CUSTOM_FAST"), new TraitDeletedEvent("CUSTOM_FAST"))
                .when(new EnsureTraitCommand("CUSTOM_FAST"))
                .expectEvents(new TraitCreatedEvent("CUSTOM_FAST"))
                .expectResultMessagePayload(true);
    }

    @Test
    void deletesAnUnusedTrait() {
        registry.register("CUSTOM_FAST");
        fixture.given(new TraitCreatedEvent("CUSTOM_FAST"))
                .when(new DeleteTraitCommand("CUSTOM_FAST"))
                .expectEvents(new TraitDeletedEvent("CUSTOM_FAST"));
        assertThat(registry.contains("CUSTOM_FAST")).isFalse();
        assertThat(readSide.asked).containsExactly(new CountProvidersWithTraitQuery("CUSTOM_FAST"));
    }

    @Test
    void deleteRefusesATraitInUse() {
        registry.register("CUSTOM_FAST");
        readSide.count = 1;
        fixture.given(new TraitCreatedEvent("CUSTOM_FAST"))
                .when(new DeleteTraitCommand("CUSTOM_FAST"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED))
                .expectExceptionMessage("The trait CUSTOM_FAST is in use by a resource provider.");
    }

    @Test
    void deleteRefusesAStandardTrait() {
        fixture.givenNoPriorActivity()
                .when(new DeleteTraitCommand("HW_CPU_X86_SSE"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED))
                .expectExceptionMessage("Cannot delete standard trait HW_CPU_X86_SSE.");
    }

    @Test
    void deleteOfAnUnknownTraitIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DeleteTraitCommand("CUSTOM_NOPE"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED))
                .expectExceptionMessage("No such trait(s): CUSTOM_NOPE.");
    }

    @Test
    void aDeletedTraitIsNotFound() {
        fixture.given(new TraitCreatedEvent("CUSTOM_FAST"), new TraitDeletedEvent("CUSTOM_FAST"))
                .when(new DeleteTraitCommand("CUSTOM_FAST"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED));
    }
}
