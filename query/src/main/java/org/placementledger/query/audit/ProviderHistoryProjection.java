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
 * Keeps {@code provider_history} (generation, name, parent) and {@code inventory_history}: a new
 * version whenever one of them changes, the old one ended at the change; a provider's new
 * generations are added to its row in force ({@link GenerationRun}).
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ProviderHistoryProjection {

    private final ProviderHistoryTables tables;

    @Autowired
    public ProviderHistoryProjection(JdbcTemplate jdbc) {
        this(new JdbcProviderHistoryTables(jdbc));
    }

    public ProviderHistoryProjection(ProviderHistoryTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ResourceProviderCreatedEvent event, @Timestamp Instant at) {
        tables.begin(event.uuid(), new Version(event.generation(), event.name(), event.parentUuid()),
                ChangeTime.of(at));
    }

    @EventHandler
    void on(ResourceProviderRenamedEvent event, @Timestamp Instant at) {
        change(event.uuid(), at, v -> new Version(v.generation(), event.newName(), v.parentUuid()));
    }

    @EventHandler
    void on(ResourceProviderParentChangedEvent event, @Timestamp Instant at) {
        change(event.uuid(), at, v -> new Version(v.generation(), v.name(), event.parentUuid()));
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

    @EventHandler
    void on(ResourcesClaimedEvent event, @Timestamp Instant at) {
        generation(event.providerUuid(), event.generation(), at);
    }

    @EventHandler
    void on(ResourcesReleasedEvent event, @Timestamp Instant at) {
        generation(event.providerUuid(), event.generation(), at);
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
        change(uuid, at, v -> new Version(generation, v.name(), v.parentUuid()));
    }

    /**
     * A new version from the one in force, when it differs: a new generation alone goes into the row
     * in force while it has room ({@link GenerationRun}); any other change ends the row and begins one.
     */
    private void change(String uuid, Instant at, java.util.function.UnaryOperator<Version> next) {
        Version current = tables.current(uuid);
        if (current == null) {
            return;
        }
        Version changed = next.apply(current);
        if (Objects.equals(changed, current)) {
            return;
        }
        OffsetDateTime t = ChangeTime.of(at);
        boolean generationOnly = Objects.equals(changed.name(), current.name())
                && Objects.equals(changed.parentUuid(), current.parentUuid());
        if (generationOnly && tables.addGeneration(uuid, changed.generation(), t)) {
            return;
        }
        tables.end(uuid, t);
        tables.begin(uuid, changed, t);
    }
}
