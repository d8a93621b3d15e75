package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
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
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code provider_history} (generation, name, parent) and {@code inventory_history}: a new
 * version whenever one of them changes, the old one ended at the change.
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ProviderHistoryProjection {

    private static final String PROVIDER = "rp_uuid = ?";
    private static final String INVENTORY = "rp_uuid = ? AND resource_class = ?";

    private final JdbcTemplate jdbc;

    public ProviderHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Version(long generation, String name, String parentUuid) {
    }

    @EventHandler
    void on(ResourceProviderCreatedEvent event, @Timestamp Instant at) {
        insert(event.uuid(), new Version(event.generation(), event.name(), event.parentUuid()), ChangeTime.of(at));
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
        Versions.end(jdbc, "inventory_history", PROVIDER, t, event.uuid());
        Versions.end(jdbc, "provider_history", PROVIDER, t, event.uuid());
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
        Map<String, InventoryRecord> before = new HashMap<>();
        jdbc.query("SELECT resource_class, total, reserved, min_unit, max_unit, step_size, allocation_ratio"
                + " FROM inventory_history WHERE rp_uuid = ? AND valid_to = ?", rs -> {
                    before.put(rs.getString(1), new InventoryRecord(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getDouble(7)));
                }, event.uuid(), OPEN);
        before.forEach((rc, old) -> {
            if (!old.equals(event.inventories().get(rc))) {
                Versions.end(jdbc, "inventory_history", INVENTORY, t, event.uuid(), rc);
            }
        });
        event.inventories().forEach((rc, inv) -> {
            if (!inv.equals(before.get(rc))) {
                jdbc.update("INSERT INTO inventory_history (rp_uuid, resource_class, total, reserved, min_unit,"
                        + " max_unit, step_size, allocation_ratio, valid_from, valid_to)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event.uuid(), rc, inv.total(), inv.reserved(),
                        inv.minUnit(), inv.maxUnit(), inv.stepSize(), inv.allocationRatio(), t, OPEN);
            }
        });
        generation(event.uuid(), event.generation(), at);
    }

    private void generation(String uuid, long generation, Instant at) {
        change(uuid, at, v -> new Version(generation, v.name(), v.parentUuid()));
    }

    /** A new version from the one in force, when it differs. */
    private void change(String uuid, Instant at, java.util.function.UnaryOperator<Version> next) {
        List<Version> current = jdbc.query("SELECT generation, name, parent_uuid FROM provider_history"
                + " WHERE rp_uuid = ? AND valid_to = ?",
                (rs, i) -> new Version(rs.getLong(1), rs.getString(2), rs.getString(3)), uuid, OPEN);
        if (current.isEmpty()) {
            return;
        }
        Version changed = next.apply(current.get(0));
        if (Objects.equals(changed, current.get(0))) {
            return;
        }
        OffsetDateTime t = ChangeTime.of(at);
        Versions.end(jdbc, "provider_history", PROVIDER, t, uuid);
        insert(uuid, changed, t);
    }

    private void insert(String uuid, Version v, OffsetDateTime t) {
        jdbc.update("INSERT INTO provider_history (rp_uuid, generation, name, parent_uuid, valid_from, valid_to)"
                + " VALUES (?, ?, ?, ?, ?, ?)", uuid, v.generation(), v.name(), v.parentUuid(), t, OPEN);
    }
}
