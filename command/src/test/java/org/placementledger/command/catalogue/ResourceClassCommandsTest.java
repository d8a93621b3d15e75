package org.placementledger.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.catalogue.CountInventoriesOfClassQuery;
import org.placementledger.api.catalogue.CreateResourceClassCommand;
import org.placementledger.api.catalogue.DeleteResourceClassCommand;
import org.placementledger.api.catalogue.EnsureResourceClassCommand;
import org.placementledger.api.catalogue.RenameResourceClassCommand;
import org.placementledger.api.catalogue.ResourceClassCreatedEvent;
import org.placementledger.api.catalogue.ResourceClassDeletedEvent;
import org.placementledger.api.catalogue.ResourceClassRenamedEvent;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.command.PlacementMatchers;

class ResourceClassCommandsTest {

    private AggregateTestFixture<CustomResourceClass> fixture;
    private InMemoryResourceClassRegistry registry;
    private ReadSideStub readSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CustomResourceClass.class);
        registry = new InMemoryResourceClassRegistry();
        readSide = new ReadSideStub();
        fixture.registerAnnotatedCommandHandler(
                new ResourceClassCommandHandler(fixture.getRepository(), registry, readSide.gateway));
    }

    @Test
    void theFirstCustomClassGetsId10000() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceClassCommand("CUSTOM_GOLD"))
                .expectEvents(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"));
        assertThat(registry.idOf("CUSTOM_GOLD")).hasValue(10000);
    }

    @Test
    void theNextClassGetsTheHighestIdPlusOne() {
        registry.register("CUSTOM_GOLD");
        registry.register("CUSTOM_SILVER");
        fixture.givenNoPriorActivity()
                .when(new CreateResourceClassCommand("CUSTOM_BRONZE"))
                .expectEvents(new ResourceClassCreatedEvent(10002, "CUSTOM_BRONZE"));
    }

    @Test
    void createRefusesATakenName() {
        registry.register("CUSTOM_GOLD");
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new CreateResourceClassCommand("CUSTOM_GOLD"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED))
                .expectExceptionMessage("Conflicting resource class already exists: CUSTOM_GOLD");
    }

    @Test
    void createRefusesAStandardName() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceClassCommand("VCPU"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED));
        assertThat(registry.idOf("VCPU")).isEmpty();
    }

    @Test
    void createRefusesANameOutsideTheCustomNamespace() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceClassCommand("GOLD"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED));
    }

    @Test
    void ensureCreatesAndAnswersTrue() {
        fixture.givenNoPriorActivity()
                .when(new EnsureResourceClassCommand("CUSTOM_GOLD"))
                .expectEvents(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .expectResultMessagePayload(true);
    }

    @Test
    void ensureOfAnExistingClassAnswersFalseAndChangesNothing() {
        registry.register("CUSTOM_GOLD");
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new EnsureResourceClassCommand("CUSTOM_GOLD"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void ensureRefusesAStandardClass() {
        fixture.givenNoPriorActivity()
                .when(new EnsureResourceClassCommand("DISK_GB"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED));
    }

    @Test
    void aDeletedClassIdIsHandedOutAgain() {
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"),
                        new ResourceClassDeletedEvent(10000, "CUSTOM_GOLD"))
                .when(new EnsureResourceClassCommand("CUSTOM_SILVER"))
                .expectEvents(new ResourceClassCreatedEvent(10000, "CUSTOM_SILVER"))
                .expectResultMessagePayload(true);
    }

    @Test
    void renames() {
        registry.register("CUSTOM_GOLD");
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new RenameResourceClassCommand("CUSTOM_GOLD", "CUSTOM_PLATINUM"))
                .expectEvents(new ResourceClassRenamedEvent(10000, "CUSTOM_PLATINUM"));
        assertThat(registry.idOf("CUSTOM_PLATINUM")).hasValue(10000);
        assertThat(registry.idOf("CUSTOM_GOLD")).isEmpty();
    }

    @Test
    void renameToTheSameNameChangesNothing() {
        registry.register("CUSTOM_GOLD");
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new RenameResourceClassCommand("CUSTOM_GOLD", "CUSTOM_GOLD"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void renameRefusesAClassInUse() {
        registry.register("CUSTOM_GOLD");
        readSide.count = 1;
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new RenameResourceClassCommand("CUSTOM_GOLD", "CUSTOM_PLATINUM"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED))
                .expectExceptionMessage("Error in update resource class: Cannot rename resource class CUSTOM_GOLD. "
                        + "Class is in use in inventory.");
    }

    @Test
    void renameRefusesATakenName() {
        registry.register("CUSTOM_GOLD");
        registry.register("CUSTOM_SILVER");
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new RenameResourceClassCommand("CUSTOM_GOLD", "CUSTOM_SILVER"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED))
                .expectExceptionMessage("Resource class already exists: CUSTOM_SILVER");
    }

    @Test
    void renameRefusesAStandardClass() {
        fixture.givenNoPriorActivity()
                .when(new RenameResourceClassCommand("VCPU", "CUSTOM_VCPU"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED))
                .expectExceptionMessage("Cannot update standard resource class VCPU");
    }

    @Test
    void renameOfAnUnknownClassIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RenameResourceClassCommand("CUSTOM_NOPE", "CUSTOM_YES"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED))
                .expectExceptionMessage("No such resource class CUSTOM_NOPE.");
    }

    @Test
    void deletesAnUnusedClass() {
        registry.register("CUSTOM_GOLD");
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new DeleteResourceClassCommand("CUSTOM_GOLD"))
                .expectEvents(new ResourceClassDeletedEvent(10000, "CUSTOM_GOLD"));
        assertThat(registry.idOf("CUSTOM_GOLD")).isEmpty();
        assertThat(readSide.asked).containsExactly(new CountInventoriesOfClassQuery("CUSTOM_GOLD"));
    }

    @Test
    void deleteRefusesAClassInUse() {
        registry.register("CUSTOM_GOLD");
        readSide.count = 2;
        fixture.given(new ResourceClassCreatedEvent(10000, "CUSTOM_GOLD"))
                .when(new DeleteResourceClassCommand("CUSTOM_GOLD"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.UNDEFINED))
                .expectExceptionMessage(containsString("Class is in use in inventory"));
    }

    @Test
    void deleteRefusesAStandardClass() {
        fixture.givenNoPriorActivity()
                .when(new DeleteResourceClassCommand("VCPU"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED))
                .expectExceptionMessage(containsString("Cannot delete standard resource class VCPU"));
    }

    @Test
    void deleteOfAnUnknownClassIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DeleteResourceClassCommand("CUSTOM_NOPE"))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED));
    }
}
