package org.placementledger.query.candidates.index;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.placementledger.api.candidates.ProviderSummary;
import org.placementledger.api.provider.InventoryRecord;

/**
 * What the candidate search knows of one provider: its place in a tree, traits, aggregates,
 * inventory and usage. Changed only by {@link IndexState} under the index's write lock; readers get
 * unmodifiable views.
 */
public final class ProviderNode {

    private final String uuid;
    private String parentUuid;
    private String rootUuid;
    private Set<String> traits = new TreeSet<>();
    private Set<String> aggregates = new TreeSet<>();
    // in class order (the summaries list them so), looked up by hash: a search asks for classes per candidate
    private Map<String, InventoryRecord> inventories = Map.of();
    private final Map<String, Long> used = new HashMap<>();
    // consumer -> class -> amount: claims replace a consumer's holding, so usage moves by the difference
    private final Map<String, Map<String, Long>> holdings = new HashMap<>();
    // the last provider summary built for a search; dropped by every change (made under the write lock)
    private volatile ProviderSummary summary;

    ProviderNode(String uuid, String parentUuid, String rootUuid) {
        this.uuid = uuid;
        this.parentUuid = parentUuid;
        this.rootUuid = rootUuid;
    }

    public String uuid() {
        return uuid;
    }

    public String parentUuid() {
        return parentUuid;
    }

    public String rootUuid() {
        return rootUuid;
    }

    public Set<String> traits() {
        return Collections.unmodifiableSet(traits);
    }

    public Set<String> aggregates() {
        return Collections.unmodifiableSet(aggregates);
    }

    public Map<String, InventoryRecord> inventories() {
        return Collections.unmodifiableMap(inventories);
    }

    public InventoryRecord inventory(String resourceClass) {
        return inventories.get(resourceClass);
    }

    public long used(String resourceClass) {
        return used.getOrDefault(resourceClass, 0L);
    }

    /**
     * This provider's summary as of the last change, built by {@code build} when none is kept. Searches
     * share it (it must be immutable); concurrent readers may both build it, to the same value.
     */
    public ProviderSummary summary(Function<ProviderNode, ProviderSummary> build) {
        ProviderSummary kept = summary;
        if (kept == null) {
            kept = build.apply(this);
            summary = kept;
        }
        return kept;
    }

    void parent(String parent, String root) {
        this.parentUuid = parent;
        this.rootUuid = root;
        summary = null;
    }

    void root(String root) {
        this.rootUuid = root;
        summary = null;
    }

    void traits(Set<String> next) {
        this.traits = new TreeSet<>(next);
        summary = null;
    }

    void aggregates(Set<String> next) {
        this.aggregates = new TreeSet<>(next);
    }

    void inventories(Map<String, InventoryRecord> next) {
        this.inventories = new LinkedHashMap<>(new TreeMap<>(next));
        summary = null;
    }

    /** The consumer now holds exactly {@code resources} here (empty: nothing). */
    void hold(String consumer, Map<String, Long> resources) {
        Map<String, Long> before = resources.isEmpty() ? holdings.remove(consumer)
                : holdings.put(consumer, Map.copyOf(resources));
        if (before != null) {
            before.forEach((rc, amount) -> used.merge(rc, -amount, Long::sum));
        }
        resources.forEach((rc, amount) -> used.merge(rc, amount, Long::sum));
        used.values().removeIf(v -> v == 0L);
        summary = null;
    }

    boolean holdsAnything() {
        return !holdings.isEmpty();
    }
}
