package org.placementledger.query.provider;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code rp_aggregate}: the aggregate uuids of each provider, as sent. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ProviderAggregateProjection {

    private final JdbcTemplate jdbc;

    public ProviderAggregateProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProviderAggregatesChangedEvent event, @Timestamp Instant at) {
        jdbc.update("DELETE FROM rp_aggregate WHERE rp_uuid = ?", event.uuid());
        for (String aggregate : new LinkedHashSet<>(event.aggregates())) {
            jdbc.update("INSERT INTO rp_aggregate (rp_uuid, aggregate_uuid) VALUES (?, ?)", event.uuid(), aggregate);
        }
        // Before 1.19 the generation stays and Placement does not touch the provider row at all.
        List<Long> current = jdbc.queryForList("SELECT generation FROM rp WHERE uuid = ?", Long.class, event.uuid());
        if (!current.isEmpty() && current.get(0) != event.generation()) {
            ResourceProviderProjection.touch(jdbc, event.uuid(), event.generation(), at);
        }
    }
}
