package org.placementledger.query.provider;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code rp} table: one row per live provider with its tree position and generation. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ResourceProviderProjection {

    public static final String GROUP = "resource-providers";

    private final JdbcTemplate jdbc;

    public ResourceProviderProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ResourceProviderCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("INSERT INTO rp (uuid, name, generation, parent_uuid, root_uuid, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                event.uuid(), event.name(), event.generation(), event.parentUuid(), event.rootUuid(), ts(at), ts(at));
    }

    @EventHandler
    void on(ResourceProviderRenamedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE rp SET name = ?, updated_at = ? WHERE uuid = ?", event.newName(), ts(at), event.uuid());
    }

    @EventHandler
    void on(ResourceProviderParentChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        List<String> subtree = subtree(event.uuid());
        jdbc.update("UPDATE rp SET parent_uuid = ?, updated_at = ? WHERE uuid = ?",
                event.parentUuid(), ts(at), event.uuid());
        for (String member : subtree) {
            jdbc.update("UPDATE rp SET root_uuid = ? WHERE uuid = ?", event.rootUuid(), member);
        }
    }

    @EventHandler
    void on(ResourceProviderDeletedEvent event) {
        for (String table : List.of("rp_inventory", "rp_trait", "rp_aggregate")) {
            jdbc.update("DELETE FROM " + table + " WHERE rp_uuid = ?", event.uuid());
        }
        jdbc.update("DELETE FROM rp WHERE uuid = ?", event.uuid());
    }

    /** Bumps the generation and touch time of a provider; used by every projection of a provider change. */
    public static void touch(JdbcTemplate jdbc, String uuid, long generation, Instant at) {
        jdbc.update("UPDATE rp SET generation = ?, updated_at = ? WHERE uuid = ?", generation, ts(at), uuid);
    }

    /**
     * An event's time as a read model keeps it: at the event store's millisecond resolution, so that a
     * replay from the store (docs/audit.md) rebuilds exactly the rows the live projections wrote.
     */
    public static Timestamp ts(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.MILLIS));
    }

    private List<String> subtree(String uuid) {
        List<String> result = new ArrayList<>();
        List<String> frontier = List.of(uuid);
        while (!frontier.isEmpty()) {
            result.addAll(frontier);
            List<String> next = new ArrayList<>();
            for (String parent : frontier) {
                next.addAll(jdbc.queryForList("SELECT uuid FROM rp WHERE parent_uuid = ?", String.class, parent));
            }
            frontier = next;
        }
        return result;
    }
}
