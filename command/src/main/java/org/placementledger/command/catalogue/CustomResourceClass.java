package org.placementledger.command.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.placementledger.api.catalogue.ResourceClassCreatedEvent;
import org.placementledger.api.catalogue.ResourceClassDeletedEvent;
import org.placementledger.api.catalogue.ResourceClassRenamedEvent;
import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * A custom resource class, identified by its internal numeric id (as a string). Placement hands out
 * max(id)+1 again after a delete, so a deleted class stays an aggregate (flagged deleted) that a
 * later create brings back under the same id. Commands reach it through {@link ResourceClassCommandHandler},
 * which resolves names to ids.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class CustomResourceClass {

    @AggregateIdentifier
    private String id;
    private String name;
    private boolean deleted;

    void create(int newId, String newName) {
        if (id != null && !deleted) {
            throw PlacementException.conflict("Conflicting resource class already exists: " + newName);
        }
        apply(new ResourceClassCreatedEvent(newId, newName));
    }

    /**
     * Renames the class unless {@code inventories} inventory records use it. Placement renames such a
     * class everywhere at once; here providers and consumers keep classes by name in their own events,
     * so a rename in use would leave them naming a class that no longer exists: refused instead.
     */
    void rename(String newName, long inventories) {
        requireLive();
        if (newName.equals(name)) {
            return;
        }
        if (inventories > 0) {
            throw PlacementException.conflict("Error in update resource class: Cannot rename resource class "
                    + name + ". Class is in use in inventory.");
        }
        apply(new ResourceClassRenamedEvent(numericId(), newName));
    }

    /** Deletes the class unless {@code inventories} inventory records still use it. */
    void delete(long inventories) {
        requireLive();
        if (inventories > 0) {
            throw PlacementException.conflict("Error in delete resource class: Cannot delete resource class "
                    + name + ". Class is in use in inventory.");
        }
        apply(new ResourceClassDeletedEvent(numericId(), name));
    }

    private void requireLive() {
        if (deleted) {
            throw new ObjectNotFoundException("No such resource class " + name + ".");
        }
    }

    private int numericId() {
        return Integer.parseInt(id);
    }

    @EventSourcingHandler
    void on(ResourceClassCreatedEvent event) {
        id = String.valueOf(event.id());
        name = event.name();
        deleted = false;
    }

    @EventSourcingHandler
    void on(ResourceClassRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ResourceClassDeletedEvent event) {
        deleted = true;
    }

    // Axon rebuilds the aggregate from its events through this constructor.
    CustomResourceClass() {
    }
}
