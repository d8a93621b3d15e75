package org.placementledger.query.catalogue;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.placementledger.api.catalogue.ResourceClassCreatedEvent;
import org.placementledger.api.catalogue.ResourceClassDeletedEvent;
import org.placementledger.api.catalogue.ResourceClassRenamedEvent;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.catalogue.TraitDeletedEvent;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code custom_resource_class} and {@code custom_trait}: one row per live custom class or trait. */
@Component
@ProcessingGroup(CatalogueProjection.GROUP)
public class CatalogueProjection {

    public static final String GROUP = "catalogue";

    private final JdbcTemplate jdbc;

    public CatalogueProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ResourceClassCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        // updated_at starts as created_at: Last-Modified takes "updated, else created".
        jdbc.update("INSERT INTO custom_resource_class (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                event.id(), event.name(), ResourceProviderProjection.ts(at), ResourceProviderProjection.ts(at));
    }

    @EventHandler
    void on(ResourceClassRenamedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE custom_resource_class SET name = ?, updated_at = ? WHERE id = ?",
                event.name(), ResourceProviderProjection.ts(at), event.id());
    }

    @EventHandler
    void on(ResourceClassDeletedEvent event) {
        jdbc.update("DELETE FROM custom_resource_class WHERE id = ?", event.id());
    }

    @EventHandler
    void on(TraitCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("INSERT INTO custom_trait (name, created_at) VALUES (?, ?)", event.name(), ResourceProviderProjection.ts(at));
    }

    @EventHandler
    void on(TraitDeletedEvent event) {
        jdbc.update("DELETE FROM custom_trait WHERE name = ?", event.name());
    }
}
