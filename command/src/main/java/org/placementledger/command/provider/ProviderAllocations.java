package org.placementledger.command.provider;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What each consumer holds on one provider: the provider aggregate's ledger, kept from its
 * ResourcesClaimed/ResourcesReleased events. Usage per class is the sum over consumers.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProviderAllocations {

    private Map<String, Map<String, Long>> byConsumer = new LinkedHashMap<>();

    /**
     * Units held per class, derived from {@code byConsumer} (not part of the snapshot): every claim
     * checks usage, and summing over thousands of consumers on each check would make long-lived
     * providers slower with every claim.
     */
    @JsonIgnore
    private transient Map<String, Long> totals;

    /** Units of a class held by all consumers but the given ones. */
    public long usedByOthers(String resourceClass, Set<String> excluded) {
        long used = used(resourceClass);
        for (String consumer : excluded) {
            Map<String, Long> held = byConsumer.get(consumer);
            if (held != null) {
                used -= held.getOrDefault(resourceClass, 0L);
            }
        }
        return used;
    }

    public long used(String resourceClass) {
        return totals().getOrDefault(resourceClass, 0L);
    }

    private Map<String, Long> totals() {
        if (totals == null) {
            totals = new HashMap<>();
            byConsumer.values().forEach(this::count);
        }
        return totals;
    }

    private void count(Map<String, Long> resources) {
        resources.forEach((rc, amount) -> totals.merge(rc, amount, Long::sum));
    }

    private void uncount(Map<String, Long> resources) {
        if (resources != null) {
            resources.forEach((rc, amount) -> totals.merge(rc, -amount, Long::sum));
        }
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
        totals();
        uncount(byConsumer.put(event.consumerUuid(), new LinkedHashMap<>(event.resources())));
        count(event.resources());
    }

    @EventSourcingHandler
    void on(ResourcesReleasedEvent event) {
        totals();
        uncount(byConsumer.remove(event.consumerUuid()));
    }
}
