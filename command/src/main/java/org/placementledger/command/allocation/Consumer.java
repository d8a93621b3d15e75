package org.placementledger.command.allocation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * A consumer of resources: its generation (1.28), project, user, type (1.38) and what it holds on
 * which provider. It exists while it holds something; once emptied it is removed, and a later
 * write starts again from "no generation" (Placement deletes empty consumers the same way).
 * Commands reach it through {@link AllocationCommandHandler}, which writes several aggregates at once.
 */
@Aggregate(repository = ConsumerRepositoryConfig.REPOSITORY)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Consumer {

    @AggregateIdentifier
    private String uuid;
    private boolean exists;
    private long generation;
    private String projectId;
    private String userId;
    private String consumerType;
    private Map<String, Map<String, Long>> allocations = new LinkedHashMap<>();

    /** Placement's consumer generation rule from 1.28: match the stored one, or null for a new consumer. */
    void checkGeneration(Long expected) {
        if (exists && (expected == null || expected != generation)) {
            throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE, "consumer generation conflict - expected "
                    + generation + " but got " + (expected == null ? "None" : expected));
        }
        if (!exists && expected != null) {
            throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE,
                    "consumer generation conflict - expected null but got " + expected);
        }
    }

    /**
     * Holds exactly {@code wanted} from now on; an empty map removes the consumer. A consumer that
     * does not exist yet (loaded empty) comes into being at generation 1, under {@code consumerUuid}.
     */
    void write(String consumerUuid, Map<String, Map<String, Long>> wanted, String project, String user, String type) {
        if (wanted.isEmpty()) {
            if (exists) {
                apply(new ConsumerRemovedEvent(uuid));
            }
            return;
        }
        String newType = type != null ? type : exists ? consumerType : null;
        apply(new ConsumerAllocationsChangedEvent(consumerUuid, exists ? generation + 1 : 1, project, user, newType,
                copy(wanted)));
    }

    void remove() {
        if (exists) {
            apply(new ConsumerRemovedEvent(uuid));
        }
    }

    boolean exists() {
        return exists;
    }

    /** What the consumer holds now, per provider (empty when it does not exist). */
    Map<String, Map<String, Long>> allocations() {
        return allocations;
    }

    @EventSourcingHandler
    void on(ConsumerAllocationsChangedEvent event) {
        uuid = event.consumerUuid();
        exists = true;
        generation = event.generation();
        projectId = event.projectId();
        userId = event.userId();
        consumerType = event.consumerType();
        allocations = copy(event.allocations());
    }

    @EventSourcingHandler
    void on(ConsumerRemovedEvent event) {
        exists = false;
        generation = 0;
        allocations = new LinkedHashMap<>();
    }

    private static Map<String, Map<String, Long>> copy(Map<String, Map<String, Long>> source) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        source.forEach((rp, resources) -> out.put(rp, new LinkedHashMap<>(resources)));
        return out;
    }

    // Axon rebuilds the aggregate from its events through this constructor; a new consumer starts here too.
    Consumer() {
    }
}
