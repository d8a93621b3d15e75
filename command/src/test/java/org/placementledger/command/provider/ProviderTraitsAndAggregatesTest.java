package org.placementledger.command.provider;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.DeleteProviderTraitsCommand;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ReplaceProviderAggregatesCommand;
import org.placementledger.api.provider.ReplaceProviderTraitsCommand;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.command.PlacementMatchers;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;

/** A provider's traits and aggregates: generation checks, bumps and refusals (spec §2.4, §2.5, §4.3). */
class ProviderTraitsAndAggregatesTest {

    static final String RP = "11111111-1111-1111-1111-111111111111";
    static final String AGG1 = "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa";
    static final String AGG2 = "bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb";
    static final ResourceProviderCreatedEvent CREATED = new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0);

    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceProvider.class);
        fixture.registerInjectableResource(new InMemoryProviderRegistry());
        fixture.registerInjectableResource(new ClassAndTraitCatalogue() {
            @Override
            public boolean resourceClassExists(String name) {
                return true;
            }

            @Override
            public boolean traitExists(String name) {
                return !name.startsWith("NO_");
            }
        });
    }

    @Test
    void replacingTraitsBumpsTheGeneration() {
        fixture.given(CREATED)
                .when(new ReplaceProviderTraitsCommand(RP, 0, Set.of("HW_CPU_X86_AVX", "CUSTOM_A")))
                .expectEvents(new ProviderTraitsChangedEvent(RP, 1, Set.of("HW_CPU_X86_AVX", "CUSTOM_A")));
    }

    @Test
    void theSameTraitsAgainChangeNothing() {
        fixture.given(CREATED, new ProviderTraitsChangedEvent(RP, 1, Set.of("CUSTOM_A")))
                .when(new ReplaceProviderTraitsCommand(RP, 1, Set.of("CUSTOM_A")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void traitsNeedTheCurrentGeneration() {
        fixture.given(CREATED)
                .when(new ReplaceProviderTraitsCommand(RP, 5, Set.of("CUSTOM_A")))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE))
                .expectExceptionMessage(equalTo(
                        "Resource provider's generation already changed. Please update the generation and try again."));
    }

    @Test
    void unknownTraitsAreNamed() {
        fixture.given(CREATED)
                .when(new ReplaceProviderTraitsCommand(RP, 0, Set.of("NO_B", "CUSTOM_A", "NO_A")))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED))
                .expectExceptionMessage(equalTo("No such trait NO_A, NO_B"));
    }

    @Test
    void deletingTraitsBumpsTheGeneration() {
        fixture.given(CREATED, new ProviderTraitsChangedEvent(RP, 1, Set.of("CUSTOM_A")))
                .when(new DeleteProviderTraitsCommand(RP))
                .expectEvents(new ProviderTraitsChangedEvent(RP, 2, Set.of()));
    }

    @Test
    void deletingNoTraitsChangesNothing() {
        fixture.given(CREATED)
                .when(new DeleteProviderTraitsCommand(RP))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void traitsOfADeletedProviderAreNotFound() {
        fixture.given(CREATED, new ResourceProviderDeletedEvent(RP))
                .when(new DeleteProviderTraitsCommand(RP))
                .expectException(PlacementMatchers.refusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED));
    }

    @Test
    void aggregatesFrom119AlwaysBumpTheGeneration() {
        fixture.given(CREATED, new ProviderAggregatesChangedEvent(RP, 1, List.of(AGG1)))
                .when(new ReplaceProviderAggregatesCommand(RP, 1L, List.of(AGG1)))
                .expectEvents(new ProviderAggregatesChangedEvent(RP, 2, List.of(AGG1)));
    }

    @Test
    void aggregatesBefore119NeitherCheckNorBump() {
        fixture.given(CREATED, new ProviderTraitsChangedEvent(RP, 3, Set.of("CUSTOM_A")))
                .when(new ReplaceProviderAggregatesCommand(RP, null, List.of(AGG2, AGG1)))
                .expectEvents(new ProviderAggregatesChangedEvent(RP, 3, List.of(AGG2, AGG1)));
    }

    @Test
    void aggregatesFrom119NeedTheCurrentGeneration() {
        fixture.given(CREATED)
                .when(new ReplaceProviderAggregatesCommand(RP, 1L, List.of()))
                .expectNoEvents()
                .expectException(PlacementMatchers.refusal(ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE));
    }

    @Test
    void aggregatesOfADeletedProviderAreNotFound() {
        fixture.given(CREATED, new ResourceProviderDeletedEvent(RP))
                .when(new ReplaceProviderAggregatesCommand(RP, null, List.of(AGG1)))
                .expectException(PlacementException.class)
                .expectException(PlacementMatchers.refusal(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED));
    }
}
