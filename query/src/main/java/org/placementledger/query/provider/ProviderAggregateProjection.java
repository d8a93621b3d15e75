package org.placementledger.query.provider;

import java.time.Instant;
import java.util.LinkedHashSet;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code rp_aggregate}: the aggregate uuids of each provider, as sent. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ProviderAggregateProjection {

    private final ProviderTables tables;

    @Autowired
    public ProviderAggregateProjection(JdbcTemplate jdbc) {
        this(new JdbcProviderTables(jdbc));
    }

    public ProviderAggregateProjection(ProviderTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ProviderAggregatesChangedEvent event, @Timestamp Instant at) {
        tables.replaceAggregates(event.uuid(), new LinkedHashSet<>(event.aggregates()));
        // Before 1.19 the generation stays and Placement does not touch the provider row at all.
        Long current = tables.generation(event.uuid());
        if (current != null && current != event.generation()) {
            ResourceProviderProjection.touch(tables, event.uuid(), event.generation(), at);
        }
    }
}
