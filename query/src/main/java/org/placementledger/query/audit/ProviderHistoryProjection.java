package org.placementledger.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.audit.ProviderHistoryTables.Version;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code provider_history} (generation, name, parent, usage) and {@code inventory_history}: a
 * new version whenever one of them changes, the old one ended at the change; a provider's new
 * generations and usages are added to its row in force ({@link GenerationRun}).
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ProviderHistoryProjection {

    private final ProviderHistoryTables tables;
    private final AllocationHistoryTables consumers;

    @Autowired
    public ProviderHistoryProjection(JdbcTemplate jdbc) {
        this(new JdbcProviderHistoryTables(jdbc), new JdbcAllocationHistoryTables(jdbc));
    }

    /** {@code consumers} tell what a consumer held on a provider before a claim or release changed it. */
    public ProviderHistoryProjection(ProviderHistoryTables tables, AllocationHistoryTables consumers) {
        this.tables = tables;
        this.consumers = consumers;
    }

    @EventHandler
    void on(ResourceProviderCreatedEvent event, @Timestamp Instant at) {
        tables.begin(event.uuid(), new Version(event.generation(), event.name(), event.parentUuid(), Map.of()),
                ChangeTime.of(at));
    }

    @EventHandler
    void on(ResourceProviderRenamedEvent event, @Timestamp Instant at) {
        change(event.uuid(), at, v -> new Version(v.generation(), event.newName(), v.parentUuid(), v.used()));
    }

    @EventHandler
    void on(ResourceProviderParentChangedEvent event, @Timestamp Instant at) {
        change(event.uuid(), at, v -> new Version(v.generation(), v.name(), event.parentUuid(), v.used()));
    }

    @EventHandler
    void on(ResourceProviderDeletedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        tables.endInventory(event.uuid(), t);
        tables.end(event.uuid(), t);
    }

    @EventHandler
    void on(ProviderTraitsChangedEvent event, @Timestamp Instant at) {
        generation(event.uuid(), event.generation(), at);
    }

    @EventHandler
    void on(ProviderAggregatesChangedEvent event, @Timestamp Instant at) {
        generation(event.uuid(), event.generation(), at);
    }

    /*
     * A claim or release changes the provider's usage by what the consumer held there before: the
     * consumer's version in force, as a command writes its providers' claims before its consumers'
     * new holdings (AllocationWrite.write).
     */
    @EventHandler
    void on(ResourcesClaimedEvent event, @Timestamp Instant at) {
        used(event.providerUuid(), event.consumerUuid(), event.resources(), event.generation(), at);
    }

    @EventHandler
    void on(ResourcesReleasedEvent event, @Timestamp Instant at) {
        used(event.providerUuid(), event.consumerUuid(), Map.of(), event.generation(), at);
    }

    private void used(String uuid, String consumerUuid, Map<String, Long> held, long generation, Instant at) {
        Map<String, Long> before = consumers.held(consumerUuid, uuid);
        change(uuid, at, v -> new Version(generation, v.name(), v.parentUuid(),
                HoldingsText.changed(v.used(), before, held)));
    }

    @EventHandler
    void on(InventoryChangedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        Map<String, InventoryRecord> before = tables.currentInventory(event.uuid());
        before.forEach((rc, old) -> {
            if (!old.equals(event.inventories().get(rc))) {
                tables.endInventory(event.uuid(), rc, t);
            }
        });
        event.inventories().forEach((rc, inv) -> {
            if (!inv.equals(before.get(rc))) {
                tables.beginInventory(event.uuid(), rc, inv, t);
            }
        });
        generation(event.uuid(), event.generation(), at);
    }

    private void generation(String uuid, long generation, Instant at) {
        change(uuid, at, v -> new Version(generation, v.name(), v.parentUuid(), v.used()));
    }

    /**
     * A new version from the one in force, when it differs: a new generation and usage go into the row
     * in force while it has room ({@link GenerationRun}); any other change ends the row and begins one.
     */
    private void change(String uuid, Instant at, java.util.function.UnaryOperator<Version> next) {
        ProviderHistoryTables.InForce row = tables.inForce(uuid);
        if (row == null) {
            return;
        }
        Version current = row.version();
        Version changed = next.apply(current);
        if (Objects.equals(changed, current)) {
            return;
        }
        OffsetDateTime t = ChangeTime.of(at);
        boolean generationOnly = Objects.equals(changed.name(), current.name())
                && Objects.equals(changed.parentUuid(), current.parentUuid());
        GenerationRun.State state = new GenerationRun.State(changed.generation(), changed.used());
        if (generationOnly && row.addChange(state, t)) {
            return;
        }
        tables.end(uuid, t);
        tables.begin(uuid, changed, t);
    }
}
