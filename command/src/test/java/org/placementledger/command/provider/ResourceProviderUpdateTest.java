package org.placementledger.command.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.api.provider.UpdateResourceProviderCommand;
import org.placementledger.command.PlacementMatchers;

/** PUT /resource_providers/{uuid}: renames and the 1.14/1.37 parent rules, in Placement's words (§2.2, §4.6). */
class ResourceProviderUpdateTest {

    static final String RP = "11111111-1111-1111-1111-111111111111";
    static final String CHILD = "22222222-2222-2222-2222-222222222222";
    static final String OTHER = "33333333-3333-3333-3333-333333333333";

    private AggregateTestFixture<ResourceProvider> fixture;
    private InMemoryProviderRegistry registry;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceProvider.class);
        registry = new InMemoryProviderRegistry();
        fixture.registerInjectableResource(registry);
    }

    @Test
    void renamingToATakenNameIsADuplicate() {
        registry.register(RP, "rp1", null, RP);
        registry.register(OTHER, "taken", null, OTHER);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new UpdateResourceProviderCommand(RP, "taken", null, false))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.DUPLICATE_NAME))
                .expectExceptionMessage(org.hamcrest.Matchers.equalTo(
                        "Conflicting resource provider taken already exists."));
    }

    @Test
    void aRootMayJoinATreeBefore137() {
        registry.register(RP, "rp1", null, RP);
        registry.register(OTHER, "other", null, OTHER);
        fixture.given(new ResourceProviderCreatedEvent(OTHER, "other", null, OTHER, 0))
                .when(new UpdateResourceProviderCommand(OTHER, "other", RP, false))
                .expectEvents(new ResourceProviderParentChangedEvent(OTHER, RP, RP));
        assertThat(registry.rootOf(OTHER)).contains(RP);
    }

    @Test
    void reparentingNeeds137() {
        registry.register(RP, "rp1", null, RP);
        registry.register(CHILD, "child", RP, RP);
        registry.register(OTHER, "other", null, OTHER);
        fixture.given(new ResourceProviderCreatedEvent(CHILD, "child", RP, RP, 0))
                .when(new UpdateResourceProviderCommand(CHILD, "child", OTHER, false))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.equalTo("Unable to save resource provider " + CHILD
                        + ": Object action update failed because: re-parenting a provider is not currently allowed."));
    }

    @Test
    void reparentsFrom137WithTheSubtree() {
        registry.register(RP, "rp1", null, RP);
        registry.register(CHILD, "child", RP, RP);
        registry.register(OTHER, "other", CHILD, RP);
        String root2 = "44444444-4444-4444-4444-444444444444";
        registry.register(root2, "root2", null, root2);
        fixture.given(new ResourceProviderCreatedEvent(CHILD, "child", RP, RP, 0))
                .when(new UpdateResourceProviderCommand(CHILD, "child", root2, true))
                .expectEvents(new ResourceProviderParentChangedEvent(CHILD, root2, root2));
        assertThat(registry.rootOf(OTHER)).contains(root2);
    }

    @Test
    void anUnknownParentOnUpdateIsWordedAsPlacementDoes() {
        registry.register(RP, "rp1", null, RP);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new UpdateResourceProviderCommand(RP, "rp1", OTHER, true))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.equalTo("Unable to save resource provider " + RP
                        + ": Object action create failed because: parent provider UUID does not exist."));
    }

    @Test
    void beingItsOwnParentIsALoop() {
        registry.register(RP, "rp1", null, RP);
        fixture.given(new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0))
                .when(new UpdateResourceProviderCommand(RP, "rp1", RP, false))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("creating loop in the provider tree"));
    }

    @Test
    void theSameParentAgainChangesNothing() {
        registry.register(RP, "rp1", null, RP);
        registry.register(CHILD, "child", RP, RP);
        fixture.given(new ResourceProviderCreatedEvent(CHILD, "child", RP, RP, 0))
                .when(new UpdateResourceProviderCommand(CHILD, "child", RP, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
