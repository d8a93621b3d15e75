package org.placementledger.command.allocation;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumers are loaded from their events alone: they are never snapshotted (a consumer has a few
 * events between creation and removal), so the snapshot lookup Axon makes before every load, one
 * query per claim on the event store, is skipped.
 */
@Configuration
public class ConsumerRepositoryConfig {

    public static final String REPOSITORY = "consumerRepository";

    @Bean(REPOSITORY)
    EventSourcingRepository<Consumer> consumerRepository(EventStore eventStore, ParameterResolverFactory parameters,
                                                         HandlerDefinition handlers) {
        return new WithoutSnapshots(EventSourcingRepository.builder(Consumer.class)
                .eventStore(eventStore)
                .parameterResolverFactory(parameters)
                .handlerDefinition(handlers), eventStore);
    }

    private static final class WithoutSnapshots extends EventSourcingRepository<Consumer> {

        private final EventStore eventStore;

        WithoutSnapshots(Builder<Consumer> builder, EventStore eventStore) {
            super(builder);
            this.eventStore = eventStore;
        }

        @Override
        protected DomainEventStream readEvents(String aggregateIdentifier) {
            return eventStore.readEvents(aggregateIdentifier, 0);
        }
    }
}
