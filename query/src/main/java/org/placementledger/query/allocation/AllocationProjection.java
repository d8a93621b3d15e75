package org.placementledger.query.allocation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.query.provider.MultiRowInsert;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code allocation} from provider claims and releases, and {@code consumer} from consumer events. */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class AllocationProjection {

    private final JdbcTemplate jdbc;

    public AllocationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ResourcesClaimedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        Timestamp now = ResourceProviderProjection.ts(at);
        Map<String, Timestamp> created = new java.util.HashMap<>();
        jdbc.query("SELECT resource_class, created_at FROM allocation WHERE consumer_uuid = ? AND rp_uuid = ?",
                rs -> {
                    created.put(rs.getString(1), rs.getTimestamp(2));
                }, event.consumerUuid(), event.providerUuid());
        jdbc.update("DELETE FROM allocation WHERE consumer_uuid = ? AND rp_uuid = ?",
                event.consumerUuid(), event.providerUuid());
        MultiRowInsert rows = new MultiRowInsert("allocation",
                "consumer_uuid", "rp_uuid", "resource_class", "used", "created_at", "updated_at");
        event.resources().forEach((rc, used) -> rows.add(
                event.consumerUuid(), event.providerUuid(), rc, used, created.getOrDefault(rc, now), now));
        rows.write(jdbc);
        ResourceProviderProjection.touch(jdbc, event.providerUuid(), event.generation(), at);
    }

    @EventHandler
    void on(ResourcesReleasedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("DELETE FROM allocation WHERE consumer_uuid = ? AND rp_uuid = ?",
                event.consumerUuid(), event.providerUuid());
        ResourceProviderProjection.touch(jdbc, event.providerUuid(), event.generation(), at);
    }

    @EventHandler
    void on(ConsumerAllocationsChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        Timestamp now = ResourceProviderProjection.ts(at);
        int updated = jdbc.update("UPDATE consumer SET generation = ?, project_id = ?, user_id = ?, consumer_type = ?,"
                        + " updated_at = ? WHERE uuid = ?", event.generation(), event.projectId(), event.userId(),
                event.consumerType(), now, event.consumerUuid());
        if (updated == 0) {
            jdbc.update("INSERT INTO consumer (uuid, generation, project_id, user_id, consumer_type, created_at,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", event.consumerUuid(), event.generation(),
                    event.projectId(), event.userId(), event.consumerType(), now, now);
        }
    }

    @EventHandler
    void on(ConsumerRemovedEvent event) {
        jdbc.update("DELETE FROM allocation WHERE consumer_uuid = ?", event.consumerUuid());
        jdbc.update("DELETE FROM consumer WHERE uuid = ?", event.consumerUuid());
    }
}
