package org.placementledger.query.allocation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.query.provider.JdbcProviderTables;
import org.placementledger.query.provider.ProviderTables;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code allocation} from provider claims and releases, and {@code consumer} from consumer events. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class AllocationProjection {

    private final AllocationTables tables;
    private final ProviderTables providers;

    @Autowired
    public AllocationProjection(JdbcTemplate jdbc) {
        this(new JdbcAllocationTables(jdbc), new JdbcProviderTables(jdbc));
    }

    public AllocationProjection(AllocationTables tables, ProviderTables providers) {
        this.tables = tables;
        this.providers = providers;
    }

    @EventHandler
    void on(ResourcesClaimedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        Timestamp now = ResourceProviderProjection.ts(at);
        // A class held before keeps its created_at; the holding's rows are otherwise written anew.
        Map<String, Timestamp> created = tables.createdAt(event.consumerUuid(), event.providerUuid());
        if (!created.isEmpty()) {
            tables.release(event.consumerUuid(), event.providerUuid());
        }
        Map<String, Timestamp> createdAt = new LinkedHashMap<>();
        event.resources().keySet().forEach(rc -> createdAt.put(rc, created.getOrDefault(rc, now)));
        tables.hold(event.consumerUuid(), event.providerUuid(), event.resources(), createdAt, now);
        ResourceProviderProjection.touch(providers, event.providerUuid(), event.generation(), at);
    }

    @EventHandler
    void on(ResourcesReleasedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        tables.release(event.consumerUuid(), event.providerUuid());
        ResourceProviderProjection.touch(providers, event.providerUuid(), event.generation(), at);
    }

    @EventHandler
    void on(ConsumerAllocationsChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        Timestamp now = ResourceProviderProjection.ts(at);
        AllocationTables.Consumer consumer = new AllocationTables.Consumer(event.consumerUuid(), event.generation(),
                event.projectId(), event.userId(), event.consumerType());
        // Generation 1 is a consumer coming into being (Consumer.write): it has no row to update.
        if (event.generation() == 1 || !tables.updateConsumer(consumer, now)) {
            tables.insertConsumer(consumer, now);
        }
    }

    @EventHandler
    void on(ConsumerRemovedEvent event) {
        tables.removeConsumer(event.consumerUuid());
    }
}
