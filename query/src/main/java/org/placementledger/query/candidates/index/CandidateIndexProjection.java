package org.placementledger.query.candidates.index;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.candidates.CandidateIndexLag;
import org.placementledger.api.candidates.FindCandidateIndexLagQuery;
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
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link CandidateIndex} current from the events the read models are kept from. Each
 * change is applied after the command's transaction commits (see {@link AfterCommit}).
 */
@Component
@ProcessingGroup(CandidateIndexProjection.GROUP)
public class CandidateIndexProjection {

    public static final String GROUP = "allocation-candidates-index";

    private final CandidateIndex index;
    private final IndexLag lag = new IndexLag(System::nanoTime, Clock.systemUTC());

    public CandidateIndexProjection(CandidateIndex index) {
        this.index = index;
    }

    @EventHandler
    public void on(ResourceProviderCreatedEvent e) {
        afterCommit(s -> s.providerCreated(e.uuid(), e.parentUuid(), e.rootUuid()));
    }

    @EventHandler
    public void on(ResourceProviderParentChangedEvent e) {
        afterCommit(s -> s.parentChanged(e.uuid(), e.parentUuid(), e.rootUuid()));
    }

    @EventHandler
    public void on(ResourceProviderDeletedEvent e) {
        afterCommit(s -> s.providerDeleted(e.uuid()));
    }

    @EventHandler
    public void on(InventoryChangedEvent e) {
        afterCommit(s -> s.inventoryChanged(e.uuid(), e.inventories()));
    }

    @EventHandler
    public void on(ProviderTraitsChangedEvent e) {
        afterCommit(s -> s.traitsChanged(e.uuid(), e.traits()));
    }

    @EventHandler
    public void on(ProviderAggregatesChangedEvent e) {
        afterCommit(s -> s.aggregatesChanged(e.uuid(), e.aggregates()));
    }

    @EventHandler
    public void on(ResourcesClaimedEvent e) {
        afterCommit(s -> s.holdingChanged(e.providerUuid(), e.consumerUuid(), e.resources()));
    }

    @EventHandler
    public void on(ResourcesReleasedEvent e) {
        afterCommit(s -> s.holdingChanged(e.providerUuid(), e.consumerUuid(), Map.of()));
    }

    @EventHandler
    public void on(ConsumerRemovedEvent e) {
        afterCommit(s -> s.consumerRemoved(e.consumerUuid()));
    }

    @EventHandler
    public void on(ResourceClassCreatedEvent e) {
        afterCommit(s -> s.names().resourceClassNamed(e.id(), e.name()));
    }

    @EventHandler
    public void on(ResourceClassRenamedEvent e) {
        afterCommit(s -> s.names().resourceClassNamed(e.id(), e.name()));
    }

    @EventHandler
    public void on(ResourceClassDeletedEvent e) {
        afterCommit(s -> s.names().resourceClassDeleted(e.id()));
    }

    @EventHandler
    public void on(TraitCreatedEvent e) {
        afterCommit(s -> s.names().traitCreated(e.name()));
    }

    @EventHandler
    public void on(TraitDeletedEvent e) {
        afterCommit(s -> s.names().traitDeleted(e.name()));
    }

    /** The dashboard's "projection lag": read models change in the command's transaction, the index after it. */
    @QueryHandler
    public CandidateIndexLag lag(FindCandidateIndexLagQuery query) {
        return lag.snapshot();
    }

    private void afterCommit(Consumer<IndexState> change) {
        AfterCommit.run(lag.timed(() -> index.change(change)));
    }
}
