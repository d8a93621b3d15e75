package org.placementledger.query.candidates.index;

import java.util.Map;
import java.util.function.Consumer;

import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.catalogue.ResourceClassCreatedEvent;
import org.placementledger.api.catalogue.ResourceClassDeletedEvent;
import org.placementledger.api.catalogue.ResourceClassRenamedEvent;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.catalogue.TraitDeletedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;

/**
 * The one mapping from an event to its change of the candidate index, used both by
 * {@link CandidateIndexProjection} (this node's writes, after commit) and by {@link IndexFollower}
 * (every node's writes, read back from the event store). Each change sets a state rather than adding
 * to one, so applying an event again, in order, is harmless.
 */
public final class IndexChanges {

    private IndexChanges() {
    }

    /** The change the event makes to the index, or null when it makes none. */
    public static Consumer<IndexState> of(Object event) {
        if (event instanceof ResourceProviderCreatedEvent e) {
            return s -> s.providerCreated(e.uuid(), e.parentUuid(), e.rootUuid());
        } else if (event instanceof ResourceProviderParentChangedEvent e) {
            return s -> s.parentChanged(e.uuid(), e.parentUuid(), e.rootUuid());
        } else if (event instanceof ResourceProviderDeletedEvent e) {
            return s -> s.providerDeleted(e.uuid());
        } else if (event instanceof InventoryChangedEvent e) {
            return s -> s.inventoryChanged(e.uuid(), e.inventories());
        } else if (event instanceof ProviderTraitsChangedEvent e) {
            return s -> s.traitsChanged(e.uuid(), e.traits());
        } else if (event instanceof ProviderAggregatesChangedEvent e) {
            return s -> s.aggregatesChanged(e.uuid(), e.aggregates());
        } else if (event instanceof ResourcesClaimedEvent e) {
            return s -> s.holdingChanged(e.providerUuid(), e.consumerUuid(), e.resources());
        } else if (event instanceof ResourcesReleasedEvent e) {
            return s -> s.holdingChanged(e.providerUuid(), e.consumerUuid(), Map.of());
        } else if (event instanceof ConsumerRemovedEvent e) {
            return s -> s.consumerRemoved(e.consumerUuid());
        } else if (event instanceof ResourceClassCreatedEvent e) {
            return s -> s.names().resourceClassNamed(e.id(), e.name());
        } else if (event instanceof ResourceClassRenamedEvent e) {
            return s -> s.names().resourceClassNamed(e.id(), e.name());
        } else if (event instanceof ResourceClassDeletedEvent e) {
            return s -> s.names().resourceClassDeleted(e.id());
        } else if (event instanceof TraitCreatedEvent e) {
            return s -> s.names().traitCreated(e.name());
        } else if (event instanceof TraitDeletedEvent e) {
            return s -> s.names().traitDeleted(e.name());
        }
        return null;
    }
}
