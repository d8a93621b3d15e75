package org.placementledger.command.allocation;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consumers are loaded from their events alone: they are never snapshotted (a consumer has a few
 * events between creation and removal), so the snapshot lookup Axon makes before every load, one
 * query per claim on the event store, is skipped. A consumer with no events at all (every new
 * instance's first claim) is found by one indexed JDBC probe of Axon's event table, in the command's
 * transaction, instead of the event store's JPA query, which costs far more than the probe.
 */
@Configuration
public class ConsumerRepositoryConfig {

    public static final String REPOSITORY = "consumerRepository";

    @Bean(REPOSITORY)
    EventSourcingRepository<Consumer> consumerRepository(EventStore eventStore, ParameterResolverFactory parameters,
                                                         HandlerDefinition handlers, JdbcTemplate jdbc) {
        return new WithoutSnapshots(EventSourcingRepository.builder(Consumer.class)
                .eventStore(eventStore)
                .parameterResolverFactory(parameters)
                .handlerDefinition(handlers), eventStore, jdbc);
    }

    private static final class WithoutSnapshots extends EventSourcingRepository<Consumer> {

        private final EventStore eventStore;
        private final JdbcTemplate jdbc;

        WithoutSnapshots(Builder<Consumer> builder, EventStore eventStore, JdbcTemplate jdbc) {
            super(builder);
            this.eventStore = eventStore;
            this.jdbc = jdbc;
        }

        @Override
        protected DomainEventStream readEvents(String aggregateIdentifier) {
            // Axon's unique (aggregate_identifier, sequence_number) index answers this; the repository
            // treats an empty stream as "no such aggregate" (loadOrCreate then creates it), as before.
            boolean any = !jdbc.queryForList("SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "FETCH FIRST 1 ROWS ONLY", Integer.class, aggregateIdentifier).isEmpty();
            return any ? eventStore.readEvents(aggregateIdentifier, 0) : DomainEventStream.empty();
        }
    }
}
