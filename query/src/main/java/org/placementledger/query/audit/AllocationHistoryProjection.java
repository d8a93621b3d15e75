package org.placementledger.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.query.provider.ResourceProviderProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code allocation_history} from the providers' claims and releases, and
 * {@code consumer_history} (generation, project, user, type) from the consumers' events.
 */
@Component
@ProcessingGroup(ResourceProviderProjection.GROUP)
public class AllocationHistoryProjection {

    private final AllocationHistoryTables tables;

    @Autowired
    public AllocationHistoryProjection(JdbcTemplate jdbc) {
        this(new JdbcAllocationHistoryTables(jdbc));
    }

    public AllocationHistoryProjection(AllocationHistoryTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(ResourcesClaimedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        Map<String, Long> before = tables.current(event.consumerUuid(), event.providerUuid());
        // Only the classes whose amount changed get a new version.
        before.forEach((rc, used) -> {
            if (!used.equals(event.resources().get(rc))) {
                tables.end(event.consumerUuid(), event.providerUuid(), rc, t);
            }
        });
        Map<String, Long> changed = new LinkedHashMap<>();
        event.resources().forEach((rc, used) -> {
            if (!used.equals(before.get(rc))) {
                changed.put(rc, used);
            }
        });
        tables.begin(event.consumerUuid(), event.providerUuid(), changed, t);
    }

    @EventHandler
    void on(ResourcesReleasedEvent event, @Timestamp Instant at) {
        tables.end(event.consumerUuid(), event.providerUuid(), ChangeTime.of(at));
    }

    @EventHandler
    void on(ConsumerAllocationsChangedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        // Generation 1 is a consumer coming into being (Consumer.write): no version of it is in force.
        if (event.generation() != 1) {
            tables.endConsumer(event.consumerUuid(), t);
        }
        tables.beginConsumer(event.consumerUuid(), new AllocationHistoryTables.Consumer(event.generation(),
                event.projectId(), event.userId(), event.consumerType()), t);
    }

    @EventHandler
    void on(ConsumerRemovedEvent event, @Timestamp Instant at) {
        OffsetDateTime t = ChangeTime.of(at);
        tables.endConsumer(event.consumerUuid(), t);
        // The providers' releases have ended these already; this only guards against a lost release.
        tables.endHoldings(event.consumerUuid(), t);
    }
}
