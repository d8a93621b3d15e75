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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code rp} table: one row per live provider with its tree position and generation. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class ResourceProviderProjection {

    public static final String GROUP = "resource-providers";

    private final ProviderTables tables;

    @Autowired
    public ResourceProviderProjection(JdbcTemplate jdbc) {
        this(new JdbcProviderTables(jdbc));
    }

    public ResourceProviderProjection(ProviderTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ResourceProviderCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        tables.insert(new ProviderTables.Provider(event.uuid(), event.name(), event.generation(), event.parentUuid(),
                event.rootUuid(), ts(at), ts(at)));
    }

    @EventHandler
    void on(ResourceProviderRenamedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        tables.rename(event.uuid(), event.newName(), ts(at));
    }

    @EventHandler
    void on(ResourceProviderParentChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        List<String> subtree = subtree(event.uuid());
        tables.reparent(event.uuid(), event.parentUuid(), ts(at));
        for (String member : subtree) {
            tables.reroot(member, event.rootUuid());
        }
    }

    @EventHandler
    void on(ResourceProviderDeletedEvent event) {
        tables.delete(event.uuid());
    }

    /** Bumps the generation and touch time of a provider; used by every projection of a provider change. */
    public static void touch(ProviderTables tables, String uuid, long generation, Instant at) {
        tables.touch(uuid, generation, ts(at));
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
                next.addAll(tables.children(parent));
            }
            frontier = next;
        }
        return result;
    }
}
