package org.placementledger.query.candidates.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.placementledger.api.provider.InventoryRecord;

/**
 * The data of the candidate index and its secondary maps (trees by root, providers by class, trait
 * and aggregate), changed one event at a time. Not thread-safe: {@link CandidateIndex} guards it.
 * Every change is idempotent, so applying an event the loaded tables already reflect is harmless.
 */
public final class IndexState implements IndexView {

    private final Map<String, ProviderNode> providers = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    // root -> its tree, and class -> providers with inventory of it: uuid -> node, in uuid order (the
    // searches walk the nodes; no lookup by uuid per member)
    private final Map<String, NavigableMap<String, ProviderNode>> trees = new TreeMap<>();
    // the same trees by hash: a search looks a tree up per anchor, a string compare per level in a TreeMap
    private final Map<String, NavigableMap<String, ProviderNode>> treeByRoot = new HashMap<>();
    private final Map<String, NavigableMap<String, ProviderNode>> byClass = new HashMap<>();
    private final Map<String, Set<String>> byTrait = new HashMap<>();
    private final Map<String, Set<String>> byAggregate = new HashMap<>();
    private final Map<String, Set<String>> providersOfConsumer = new HashMap<>();
    private final KnownNames names = new KnownNames();
    private int nonRoots;

    public void providerCreated(String uuid, String parent, String root) {
        if (providers.containsKey(uuid)) {
            return;
        }
        ProviderNode node = new ProviderNode(uuid, parent, root);
        providers.put(uuid, node);
        addToTree(root, uuid, node);
        if (parent != null) {
            children.computeIfAbsent(parent, p -> new HashSet<>()).add(uuid);
            nonRoots++;
        }
    }

    /** The provider moved under {@code parent} (null: became a root); its whole subtree now has {@code root}. */
    public void parentChanged(String uuid, String parent, String root) {
        ProviderNode node = providers.get(uuid);
        if (node == null) {
            return;
        }
        String oldParent = node.parentUuid();
        if (oldParent != null) {
            removeFrom(children, oldParent, uuid);
            nonRoots--;
        }
        if (parent != null) {
            children.computeIfAbsent(parent, p -> new HashSet<>()).add(uuid);
            nonRoots++;
        }
        node.parent(parent, node.rootUuid());
        for (String member : subtree(uuid)) {
            ProviderNode m = providers.get(member);
            removeFromTree(m.rootUuid(), member);
            m.root(root);
            addToTree(root, member, m);
        }
    }

    public void providerDeleted(String uuid) {
        ProviderNode node = providers.remove(uuid);
        if (node == null) {
            return;
        }
        if (node.parentUuid() != null) {
            removeFrom(children, node.parentUuid(), uuid);
            nonRoots--;
        }
        removeFromTree(node.rootUuid(), uuid);
        node.inventories().keySet().forEach(rc -> removeNode(byClass, rc, uuid));
        node.traits().forEach(t -> removeFrom(byTrait, t, uuid));
        node.aggregates().forEach(a -> removeFrom(byAggregate, a, uuid));
        providersOfConsumer.values().forEach(set -> set.remove(uuid));
        providersOfConsumer.values().removeIf(Set::isEmpty);
    }

    public void inventoryChanged(String uuid, Map<String, InventoryRecord> inventories) {
        ProviderNode node = providers.get(uuid);
        if (node != null) {
            node.inventories().keySet().forEach(rc -> removeNode(byClass, rc, uuid));
            node.inventories(inventories);
            inventories.keySet().forEach(rc -> byClass.computeIfAbsent(rc, k -> new TreeMap<>()).put(uuid, node));
        }
    }

    public void traitsChanged(String uuid, Collection<String> traits) {
        ProviderNode node = providers.get(uuid);
        if (node != null) {
            node.traits().forEach(t -> removeFrom(byTrait, t, uuid));
            node.traits(new HashSet<>(traits));
            traits.forEach(t -> byTrait.computeIfAbsent(t, k -> new HashSet<>()).add(uuid));
        }
    }

    public void aggregatesChanged(String uuid, Collection<String> aggregates) {
        ProviderNode node = providers.get(uuid);
        if (node != null) {
            node.aggregates().forEach(a -> removeFrom(byAggregate, a, uuid));
            node.aggregates(new HashSet<>(aggregates));
            aggregates.forEach(a -> byAggregate.computeIfAbsent(a, k -> new HashSet<>()).add(uuid));
        }
    }

    /** On the provider the consumer now holds exactly {@code resources} (empty: nothing). */
    public void holdingChanged(String provider, String consumer, Map<String, Long> resources) {
        ProviderNode node = providers.get(provider);
        if (node == null) {
            return;
        }
        node.hold(consumer, resources);
        if (resources.isEmpty()) {
            removeFrom(providersOfConsumer, consumer, provider);
        } else {
            providersOfConsumer.computeIfAbsent(consumer, c -> new HashSet<>()).add(provider);
        }
    }

    public void consumerRemoved(String consumer) {
        Set<String> held = providersOfConsumer.remove(consumer);
        if (held != null) {
            held.stream().map(providers::get).filter(n -> n != null).forEach(n -> n.hold(consumer, Map.of()));
        }
    }

    /** The custom trait and resource class names, kept from the catalogue's events. */
    public KnownNames names() {
        return names;
    }

    @Override
    public ProviderNode provider(String uuid) {
        return uuid == null ? null : providers.get(uuid);
    }

    @Override
    public Collection<ProviderNode> withInventory(String resourceClass) {
        return nodes(byClass.get(resourceClass));
    }

    @Override
    public Set<String> withTrait(String trait) {
        return byTrait.getOrDefault(trait, Set.of());
    }

    @Override
    public Set<String> inAggregate(String aggregate) {
        return byAggregate.getOrDefault(aggregate, Set.of());
    }

    @Override
    public Collection<ProviderNode> tree(String rootUuid) {
        return nodes(treeByRoot.get(rootUuid));
    }

    @Override
    public Iterable<ProviderNode> roots() {
        return () -> trees.keySet().stream().map(providers::get).filter(n -> n != null && n.parentUuid() == null)
                .iterator();
    }

    @Override
    public int rootCount() {
        return trees.size();
    }

    @Override
    public boolean hasNestedProviders() {
        return nonRoots > 0;
    }

    @Override
    public boolean knowsTrait(String name) {
        return names.knowsTrait(name);
    }

    @Override
    public boolean knowsResourceClass(String name) {
        return names.knowsResourceClass(name);
    }

    @Override
    public Comparator<String> traitOrder() {
        return Comparator.comparingLong(names::traitRank).thenComparing(Comparator.naturalOrder());
    }

    private static Collection<ProviderNode> nodes(NavigableMap<String, ProviderNode> byUuid) {
        return byUuid == null ? List.of() : Collections.unmodifiableCollection(byUuid.values());
    }

    private List<String> subtree(String uuid) {
        List<String> result = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(List.of(uuid));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            result.add(next);
            todo.addAll(children.getOrDefault(next, Set.of()));
        }
        return result;
    }

    private void addToTree(String root, String uuid, ProviderNode node) {
        trees.computeIfAbsent(root, r -> {
            NavigableMap<String, ProviderNode> tree = new TreeMap<>();
            treeByRoot.put(r, tree);
            return tree;
        }).put(uuid, node);
    }

    private void removeFromTree(String root, String uuid) {
        removeNode(trees, root, uuid);
        if (!trees.containsKey(root)) {
            treeByRoot.remove(root);
        }
    }

    private static void removeNode(Map<String, NavigableMap<String, ProviderNode>> map, String key, String uuid) {
        NavigableMap<String, ProviderNode> members = map.get(key);
        if (members != null && members.remove(uuid) != null && members.isEmpty()) {
            map.remove(key);
        }
    }

    private static void removeFrom(Map<String, Set<String>> map, String key, String value) {
        Set<String> set = map.get(key);
        if (set != null && set.remove(value) && set.isEmpty()) {
            map.remove(key);
        }
    }
}
