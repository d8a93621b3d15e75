package org.placementledger.query.provider;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code rp_trait}: the traits of each provider, each with the time it was associated. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ProviderTraitProjection {

    private final JdbcTemplate jdbc;

    public ProviderTraitProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProviderTraitsChangedEvent event, @Timestamp Instant at) {
        Set<String> existing = new HashSet<>(jdbc.queryForList(
                "SELECT trait FROM rp_trait WHERE rp_uuid = ?", String.class, event.uuid()));
        // Kept traits keep their association time; only the difference is written.
        for (String gone : existing) {
            if (!event.traits().contains(gone)) {
                jdbc.update("DELETE FROM rp_trait WHERE rp_uuid = ? AND trait = ?", event.uuid(), gone);
            }
        }
        for (String added : event.traits()) {
            if (!existing.contains(added)) {
                jdbc.update("INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES (?, ?, ?)",
                        event.uuid(), added, ResourceProviderProjection.ts(at));
            }
        }
        ResourceProviderProjection.touch(jdbc, event.uuid(), event.generation(), at);
    }
}
