package org.placementledger.command.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.catalogue.TraitDeletedEvent;
import org.placementledger.api.error.PlacementException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * A custom trait, identified by its name. A deleted trait stays an aggregate (flagged deleted) so
 * that the same name can be created again. Commands reach it through {@link TraitCommandHandler}.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class CustomTrait {

    @AggregateIdentifier
    private String name;
    private boolean deleted;

    void create(String newName) {
        if (name != null && !deleted) {
            throw PlacementException.conflict("The Trait " + newName + " already exists");
        }
        apply(new TraitCreatedEvent(newName));
    }

    /** Deletes the trait unless {@code providers} resource providers still have it. */
    void delete(long providers) {
        if (deleted) {
            throw PlacementException.notFound("No such trait(s): " + name + ".");
        }
        if (providers > 0) {
            throw PlacementException.conflict("The trait " + name + " is in use by a resource provider.");
        }
        apply(new TraitDeletedEvent(name));
    }

    @EventSourcingHandler
    void on(TraitCreatedEvent event) {
        name = event.name();
        deleted = false;
    }

    @EventSourcingHandler
    void on(TraitDeletedEvent event) {
        deleted = true;
    }

    // Axon rebuilds the aggregate from its events through this constructor.
    CustomTrait() {
    }
}
