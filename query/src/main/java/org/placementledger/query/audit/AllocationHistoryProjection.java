package org.placementledger.query.audit;

import static org.placementledger.query.audit.Versions.OPEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.query.provider.MultiRowInsert;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code allocation_history} from the providers' claims and releases, and
 * {@code consumer_history} (generation, project, user, type) from the consumers' events.
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class AllocationHistoryProjection {

    private static final String HOLDING = "consumer_uuid = ? AND rp_uuid = ?";
    private static final String HOLDING_CLASS = HOLDING + " AND resource_class = ?";
    private static final String CONSUMER = "consumer_uuid = ?";

    private final JdbcTemplate jdbc;

    public AllocationHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ResourcesClaimedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        Map<String, Long> before = new HashMap<>();
        jdbc.query("SELECT resource_class, used FROM allocation_history WHERE " + HOLDING + " AND valid_to = ?",
                rs -> {
                    before.put(rs.getString(1), rs.getLong(2));
                }, event.consumerUuid(), event.providerUuid(), OPEN);
        // Only the classes whose amount changed get a new version.
        before.forEach((rc, used) -> {
            if (!used.equals(event.resources().get(rc))) {
                Versions.end(jdbc, "allocation_history", HOLDING_CLASS, t, event.consumerUuid(),
                        event.providerUuid(), rc);
            }
        });
        MultiRowInsert versions = new MultiRowInsert("allocation_history",
                "consumer_uuid", "rp_uuid", "resource_class", "used", "valid_from", "valid_to");
        event.resources().forEach((rc, used) -> {
            if (!used.equals(before.get(rc))) {
                versions.add(event.consumerUuid(), event.providerUuid(), rc, used, t, OPEN);
            }
        });
        versions.write(jdbc);
    }

    @EventHandler
    void on(ResourcesReleasedEvent event, @Timestamp Instant at) {
        Versions.end(jdbc, "allocation_history", HOLDING, ChangeTime.of(at), event.consumerUuid(),
                event.providerUuid());
    }

    @EventHandler
    void on(ConsumerAllocationsChangedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        Versions.end(jdbc, "consumer_history", CONSUMER, t, event.consumerUuid());
        jdbc.update("INSERT INTO consumer_history (consumer_uuid, generation, project_id, user_id, consumer_type,"
                + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)", event.consumerUuid(), event.generation(),
                event.projectId(), event.userId(), event.consumerType(), t, OPEN);
    }

    @EventHandler
    void on(ConsumerRemovedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        Versions.end(jdbc, "consumer_history", CONSUMER, t, event.consumerUuid());
        // The providers' releases have ended these already; this only guards against a lost release.
        Versions.end(jdbc, "allocation_history", CONSUMER, t, event.consumerUuid());
    }
}
