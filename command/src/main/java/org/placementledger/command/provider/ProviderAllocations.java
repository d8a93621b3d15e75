package org.placementledger.command.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * What each consumer holds on one provider: the provider aggregate's ledger, kept from its
 * ResourcesClaimed/ResourcesReleased events. Usage per class is the sum over consumers.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProviderAllocations {

    private Map<String, Map<String, Long>> byConsumer = new LinkedHashMap<>();

    /** Units of a class held by all consumers but the given ones. */
    public long usedByOthers(String resourceClass, Set<String> excluded) {
        long used = 0;
        for (Map.Entry<String, Map<String, Long>> e : byConsumer.entrySet()) {
            if (!excluded.contains(e.getKey())) {
                used += e.getValue().getOrDefault(resourceClass, 0L);
            }
        }
        return used;
    }

    public long used(String resourceClass) {
        return usedByOthers(resourceClass, Set.of());
    }

    public boolean isEmpty() {
        return byConsumer.isEmpty();
    }

    public boolean holds(String consumerUuid) {
        return byConsumer.containsKey(consumerUuid);
    }

    /** Whether any consumer holds some of this class. */
    public boolean uses(String resourceClass) {
        return used(resourceClass) > 0;
    }

    public int consumerCount() {
        return byConsumer.size();
    }

    @EventSourcingHandler
    void on(ResourcesClaimedEvent event) {
        byConsumer.put(event.consumerUuid(), new LinkedHashMap<>(event.resources()));
    }

    @EventSourcingHandler
    void on(ResourcesReleasedEvent event) {
        byConsumer.remove(event.consumerUuid());
    }
}
