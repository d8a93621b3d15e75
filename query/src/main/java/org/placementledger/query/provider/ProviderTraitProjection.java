package org.placementledger.query.provider;

import java.time.Instant;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code rp_trait}: the traits of each provider, each with the time it was associated. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ProviderTraitProjection {

    private final ProviderTables tables;

    @Autowired
    public ProviderTraitProjection(JdbcTemplate jdbc) {
        this(new JdbcProviderTables(jdbc));
    }

    public ProviderTraitProjection(ProviderTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ProviderTraitsChangedEvent event, @Timestamp Instant at) {
        Set<String> existing = tables.traits(event.uuid());
        // Kept traits keep their association time; only the difference is written.
        for (String gone : existing) {
            if (!event.traits().contains(gone)) {
                tables.removeTrait(event.uuid(), gone);
            }
        }
        for (String added : event.traits()) {
            if (!existing.contains(added)) {
                tables.addTrait(event.uuid(), added, ResourceProviderProjection.ts(at));
            }
        }
        ResourceProviderProjection.touch(tables, event.uuid(), event.generation(), at);
    }
}
