package org.placementledger.query.audit.verify;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.audit.VerifyFinding;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;

/**
 * The ledger's state rebuilt in memory, one event at a time, checking capacity after each event:
 * every provider's inventory, traits and parent, what each consumer holds on it, and each consumer's
 * own record of its allocations. The end-of-history checks read what it kept ({@link #providers},
 * {@link #consumers}).
 */
final class LedgerWalk {

    static final String OVER_CAPACITY = "over_capacity";
    static final String OVER_CAPACITY_BY_INVENTORY = "over_capacity_by_inventory_change";
    static final String SHARING_TRAIT = "MISC_SHARES_VIA_AGGREGATE";

    static final class Provider {
        String parent;
        Set<String> traits = Set.of();
        Map<String, InventoryRecord> inventory = Map.of();
        final Map<String, Map<String, Long>> holdings = new HashMap<>();
        final Map<String, Long> used = new HashMap<>();
    }

    final Map<String, Provider> providers = new HashMap<>();
    /** Each consumer's allocations as its own events say (provider -> class -> amount). */
    final Map<String, Map<String, Map<String, Long>>> consumers = new HashMap<>();
    private final Set<String> over = new HashSet<>();
    private final Consumer<VerifyFinding> findings;
    private long position;
    private Instant time;

    LedgerWalk(Consumer<VerifyFinding> findings) {
        this.findings = findings;
    }

    void apply(Object event, long position, Instant time) {
        this.position = position;
        this.time = time;
        if (event instanceof ResourceProviderCreatedEvent e) {
            providers.computeIfAbsent(e.uuid(), k -> new Provider()).parent = e.parentUuid();
        } else if (event instanceof ResourceProviderParentChangedEvent e) {
            provider(e.uuid()).parent = e.parentUuid();
        } else if (event instanceof ResourceProviderDeletedEvent e) {
            providers.remove(e.uuid());
        } else if (event instanceof ProviderTraitsChangedEvent e) {
            provider(e.uuid()).traits = Set.copyOf(e.traits());
        } else if (event instanceof InventoryChangedEvent e) {
            Provider p = provider(e.uuid());
            p.inventory = Map.copyOf(e.inventories());
            check(e.uuid(), p, p.used.keySet(), OVER_CAPACITY_BY_INVENTORY, Set.of());
        } else if (event instanceof ResourcesClaimedEvent e) {
            hold(e.providerUuid(), e.consumerUuid(), e.resources());
        } else if (event instanceof ResourcesReleasedEvent e) {
            hold(e.providerUuid(), e.consumerUuid(), Map.of());
        } else if (event instanceof ConsumerAllocationsChangedEvent e) {
            consumers.put(e.consumerUuid(), e.allocations());
        } else if (event instanceof ConsumerRemovedEvent e) {
            consumers.remove(e.consumerUuid());
        }
    }

    private Provider provider(String uuid) {
        return providers.computeIfAbsent(uuid, k -> new Provider());
    }

    private void hold(String rp, String consumer, Map<String, Long> resources) {
        Provider p = provider(rp);
        Map<String, Long> before = p.holdings.getOrDefault(consumer, Map.of());
        if (resources.isEmpty()) {
            p.holdings.remove(consumer);
        } else {
            p.holdings.put(consumer, Map.copyOf(resources));
        }
        Set<String> classes = new TreeSet<>(before.keySet());
        classes.addAll(resources.keySet());
        for (String rc : classes) {
            long now = p.used.getOrDefault(rc, 0L) - before.getOrDefault(rc, 0L) + resources.getOrDefault(rc, 0L);
            if (now == 0) {
                p.used.remove(rc);
            } else {
                p.used.put(rc, now);
            }
        }
        Set<String> grown = new HashSet<>();
        classes.stream().filter(rc -> resources.getOrDefault(rc, 0L) > before.getOrDefault(rc, 0L)).forEach(grown::add);
        check(rp, p, classes, OVER_CAPACITY, grown);
    }

    /**
     * Reports each class of {@code classes} that this event left over capacity: on entering that state,
     * and for a claim also when it added to a class already over ({@code grown}: the classes it added to).
     */
    private void check(String rp, Provider p, Set<String> classes, String kind, Set<String> grown) {
        for (String rc : new TreeSet<>(classes)) {
            long used = p.used.getOrDefault(rc, 0L);
            InventoryRecord inv = p.inventory.get(rc);
            double capacity = inv == null ? 0 : inv.capacity();
            String key = rp + "|" + rc;
            if (capacity < used) {
                if (over.add(key) || grown.contains(rc)) {
                    findings.accept(new VerifyFinding(kind, rp, null, position, time, rc + ": used " + used
                            + " exceeds capacity " + capacity + (inv == null ? " (no inventory of this class)"
                            : " ((total " + inv.total() + " - reserved " + inv.reserved() + ") * allocation_ratio "
                            + inv.allocationRatio() + ")")));
                }
            } else {
                over.remove(key);
            }
        }
    }

    /** What providers hold for each consumer (consumer -> provider -> class -> amount), sorted. */
    Map<String, Map<String, Map<String, Long>>> holdingsByConsumer() {
        Map<String, Map<String, Map<String, Long>>> result = new TreeMap<>();
        providers.forEach((rp, p) -> p.holdings.forEach((consumer, resources) ->
                result.computeIfAbsent(consumer, k -> new TreeMap<>()).put(rp, new TreeMap<>(resources))));
        return result;
    }

    /** The root of a provider's tree, by its parents as last recorded. */
    String root(String rp) {
        String at = rp;
        Set<String> seen = new HashSet<>();
        while (providers.containsKey(at) && providers.get(at).parent != null && seen.add(at)) {
            at = providers.get(at).parent;
        }
        return at;
    }
}
