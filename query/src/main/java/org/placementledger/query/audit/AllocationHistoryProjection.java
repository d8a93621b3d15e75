package org.placementledger.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consumer_history} (generation, project, user, type and allocations) from the consumers'
 * events; what the providers held over time is {@code provider_history}'s usage ({@link ProviderHistoryProjection}).
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class AllocationHistoryProjection {

    private final AllocationHistoryTables tables;

    @Autowired
    public AllocationHistoryProjection(JdbcTemplate jdbc) {
        this(new JdbcAllocationHistoryTables(jdbc));
    }

    public AllocationHistoryProjection(AllocationHistoryTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ConsumerAllocationsChangedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        // Generation 1 is a consumer coming into being (Consumer.write): no version of it is in force.
        if (event.generation() != 1) {
            tables.endConsumer(event.consumerUuid(), t);
        }
        tables.beginConsumer(event.consumerUuid(), new AllocationHistoryTables.Consumer(event.generation(),
                event.projectId(), event.userId(), event.consumerType(), event.allocations()), t);
    }

    @EventHandler
    void on(ConsumerRemovedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        tables.endConsumer(event.consumerUuid(), t);
    }
}
