package org.placementledger.command.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.placementledger.command.PlacementMatchers.refusal;

import java.util.List;

import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;
import org.placementledger.command.provider.InMemoryProviderRegistry;
import org.placementledger.command.provider.ResourceProvider;

/**
 * Given-when-then over several aggregates at once. Axon's AggregateTestFixture records the events of
 * ONE aggregate instance (its store refuses a second identifier), while an allocation command loads
 * consumers and providers together; so this fixture wires the same handlers onto Axon's in-memory
 * event store and command bus, and a "when" sees every event stored by that one command.
 */
final class LedgerFixture {

    /** The classes the test catalogue knows. */
    static final List<String> CLASSES = List.of("VCPU", "MEMORY_MB", "DISK_GB", "CUSTOM_MAGIC");

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();

    LedgerFixture() {
        ClassAndTraitCatalogue catalogue = new ClassAndTraitCatalogue() {
            @Override
            public boolean resourceClassExists(String name) {
                return CLASSES.contains(name);
            }

            @Override
            public boolean traitExists(String name) {
                return true;
            }
        };
        ParameterResolverFactory parameters = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(ResourceProvider.class),
                new SimpleResourceParameterResolverFactory(List.of(new InMemoryProviderRegistry(), catalogue)));
        EventSourcingRepository<ResourceProvider> providers = EventSourcingRepository.builder(ResourceProvider.class)
                .eventStore(store).parameterResolverFactory(parameters).build();
        EventSourcingRepository<Consumer> consumers = EventSourcingRepository.builder(Consumer.class)
                .eventStore(store).build();
        AggregateAnnotationCommandHandler.<ResourceProvider>builder().aggregateType(ResourceProvider.class)
                .repository(providers).parameterResolverFactory(parameters).build().subscribe(bus);
        LedgerRepositories ledger = new LedgerRepositories(providers, consumers, catalogue);
        new AnnotationCommandHandlerAdapter<>(new AllocationCommandHandler(ledger), parameters)
                .subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new ReshapeCommandHandler(ledger), parameters)
                .subscribe(bus);
    }

    /** Runs commands that must all succeed: the state the test starts from. */
    LedgerFixture given(Object... commands) {
        for (Object command : commands) {
            Outcome outcome = when(command);
            if (outcome.failure != null) {
                throw new AssertionError("given command " + command + " failed", outcome.failure);
            }
        }
        return this;
    }

    /** Runs one command; the outcome holds what it threw and the payloads of the events it stored. */
    Outcome when(Object command) {
        long before = stored().size();
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(command), callback);
        CommandResultMessage<?> result = callback.getResult();
        List<Object> events = stored().stream().skip(before).map(EventMessage::getPayload).map(Object.class::cast)
                .toList();
        return new Outcome(result.isExceptional() ? result.exceptionResult() : null, events);
    }

    /** Every event payload of one aggregate, oldest first. */
    List<Object> eventsOf(String aggregateId) {
        return store.readEvents(aggregateId).asStream().map(EventMessage::getPayload).map(Object.class::cast)
                .toList();
    }

    private List<? extends EventMessage<?>> stored() {
        return engine.readEvents(null, false).toList();
    }

    /** What a "when" did. */
    record Outcome(Throwable failure, List<Object> events) {

        Outcome expectEvents(Object... expected) {
            if (failure != null) {
                throw new AssertionError("the command failed", failure);
            }
            assertThat(events).containsExactly(expected);
            return this;
        }

        /** A Placement refusal of this kind and code whose message contains {@code text}; nothing stored. */
        Outcome expectRefusal(ErrorKind kind, ErrorCode code, String text) {
            assertThat(failure).isInstanceOf(PlacementException.class);
            assertThat((PlacementException) failure, refusal(kind, code));
            assertThat(failure.getMessage()).contains(text);
            assertThat(events).isEmpty();
            return this;
        }
    }
}
