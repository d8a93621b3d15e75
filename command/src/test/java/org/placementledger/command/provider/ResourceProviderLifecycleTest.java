package org.placementledger.command.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.command.PlacementMatchers;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.CreateResourceProviderCommand;
import org.placementledger.api.provider.DeleteResourceProviderCommand;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.api.provider.UpdateResourceProviderCommand;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;

class ResourceProviderLifecycleTest {

    static final String RP = "11111111-1111-1111-1111-111111111111";
    static final String CHILD = "22222222-2222-2222-2222-222222222222";

    private AggregateTestFixture<ResourceProvider> fixture;
    private InMemoryProviderRegistry registry;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceProvider.class);
        registry = new InMemoryProviderRegistry();
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new ClassAndTraitCatalogue() {
            @Override
            public boolean resourceClassExists(String name) {
                return name.equals("VCPU") || name.equals("DISK_GB") || name.startsWith("CUSTOM_");
            }

            @Override
            public boolean traitExists(String name) {
                return !name.startsWith("NO_");
            }
        });
    }

    @Test
    void createsARootAtGenerationZero() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProviderCommand(RP, "rp1", null))
                .expectEvents(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0));
        assertThat(registry.exists(RP)).isTrue();
    }

    @Test
    void refusesAUuidThatIsTaken() {
        registry.register(RP, "rp1", null, RP);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new CreateResourceProviderCommand(RP, "other", null))
                .expectException(PlacementException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnknownParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProviderCommand(CHILD, "child", RP))
                .expectException(PlacementException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("parent provider UUID does not exist"));
    }

    @Test
    void refusesToBeItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProviderCommand(RP, "rp1", RP))
                .expectException(PlacementException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot be same as UUID"));
    }

    @Test
    void aChildJoinsItsParentsTree() {
        registry.register(RP, "rp1", null, RP);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProviderCommand(CHILD, "child", RP))
                .expectEvents(new ResourceProviderCreatedEvent(CHILD, "child", RP, RP, 0));
    }

    @Test
    void aDeletedUuidCanBeCreatedAgain() {
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0), new ResourceProviderDeletedEvent(RP))
                .when(new CreateResourceProviderCommand(RP, "rp1", null))
                .expectEvents(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0));
    }

    @Test
    void renames() {
        registry.register(RP, "rp1", null, RP);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new UpdateResourceProviderCommand(RP, "renamed", null, false))
                .expectEvents(new ResourceProviderRenamedEvent(RP, "renamed"));
    }

    @Test
    void reparentingNeedsMicroversion137() {
        registry.register(RP, "rp1", null, RP);
        registry.register(CHILD, "child", RP, RP);
        fixture.given(new ResourceProviderCreatedEvent(CHILD, "child", RP, RP, 0))
                .when(new UpdateResourceProviderCommand(CHILD, "child", null, false))
                .expectException(PlacementException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("un-parenting"));
    }

    @Test
    void unparentsFrom137() {
        registry.register(RP, "rp1", null, RP);
        registry.register(CHILD, "child", RP, RP);
        fixture.given(new ResourceProviderCreatedEvent(CHILD, "child", RP, RP, 0))
                .when(new UpdateResourceProviderCommand(CHILD, "child", null, true))
                .expectEvents(new ResourceProviderParentChangedEvent(CHILD, null, CHILD));
    }

    @Test
    void refusesALoop() {
        registry.register(RP, "rp1", null, RP);
        registry.register(CHILD, "child", RP, RP);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new UpdateResourceProviderCommand(RP, "rp1", CHILD, true))
                .expectException(PlacementException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("creating loop"));
    }

    @Test
    void aParentCannotBeDeleted() {
        registry.register(RP, "rp1", null, RP);
        registry.register(CHILD, "child", RP, RP);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new DeleteResourceProviderCommand(RP))
                .expectException(PlacementException.class)
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.PROVIDER_CANNOT_DELETE_PARENT));
    }

    @Test
    void deletes() {
        registry.register(RP, "rp1", null, RP);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new DeleteResourceProviderCommand(RP))
                .expectEvents(new ResourceProviderDeletedEvent(RP));
        assertThat(registry.exists(RP)).isFalse();
    }

    @Test
    void aDeletedProviderIsNotFound() {
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0), new ResourceProviderDeletedEvent(RP))
                .when(new DeleteResourceProviderCommand(RP))
                .expectException(PlacementException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("No resource provider"));
    }

    static final String OTHER = "33333333-3333-3333-3333-333333333333";

    @Test
    void refusesAnEmptyNameInPlacementsWords() {
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProviderCommand(RP, "", null))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED))
                .expectExceptionMessage(org.hamcrest.Matchers.equalTo("Unable to create resource provider \"\", "
                        + RP + ": Object action create failed because: name is required"));
    }

    @Test
    void refusesATakenName() {
        registry.register(OTHER, "rp1", null, OTHER);
        fixture.givenNoPriorActivity()
                .when(new CreateResourceProviderCommand(RP, "rp1", null))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.DUPLICATE_NAME))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("name: rp1"));
    }
}
