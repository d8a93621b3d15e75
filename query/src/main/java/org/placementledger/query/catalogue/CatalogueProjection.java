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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code custom_resource_class} and {@code custom_trait}: one row per live custom class or trait. */
@Component
@ProcessingGroup(CatalogueProjection.GROUP)
public class CatalogueProjection {

    public static final String GROUP = "catalogue";

    private final CatalogueTables tables;

    @Autowired
    public CatalogueProjection(JdbcTemplate jdbc) {
        this(new JdbcCatalogueTables(jdbc));
    }

    public CatalogueProjection(CatalogueTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ResourceClassCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        tables.addClass(event.id(), event.name(), ResourceProviderProjection.ts(at));
    }

    @EventHandler
    void on(ResourceClassRenamedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        tables.renameClass(event.id(), event.name(), ResourceProviderProjection.ts(at));
    }

    @EventHandler
    void on(ResourceClassDeletedEvent event) {
        tables.removeClass(event.id());
    }

    @EventHandler
    void on(TraitCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        tables.addTrait(event.name(), ResourceProviderProjection.ts(at));
    }

    @EventHandler
    void on(TraitDeletedEvent event) {
        tables.removeTrait(event.name());
    }
}
