package org.placementledger.query.candidates;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Set;

import org.placementledger.query.candidates.index.IndexView;
import org.placementledger.query.candidates.index.ProviderNode;

/** An index view that counts the providers it hands a search, to check how much of the index a search visits. */
final class CountingView implements IndexView {

    private final IndexView view;
    int providersVisited;

    CountingView(IndexView view) {
        this.view = view;
    }

    @Override
    public ProviderNode provider(String uuid) {
        providersVisited++;
        return view.provider(uuid);
    }

    @Override
    public Collection<ProviderNode> withInventory(String resourceClass) {
        Collection<ProviderNode> all = view.withInventory(resourceClass);
        providersVisited += all.size();
        return all;
    }

    @Override
    public Set<String> withTrait(String trait) {
        return view.withTrait(trait);
    }

    @Override
    public Set<String> inAggregate(String aggregate) {
        return view.inAggregate(aggregate);
    }

    @Override
    public Collection<ProviderNode> tree(String rootUuid) {
        Collection<ProviderNode> tree = view.tree(rootUuid);
        providersVisited += tree.size();
        return tree;
    }

    @Override
    public Iterable<ProviderNode> roots() {
        return () -> {
            Iterator<ProviderNode> roots = view.roots().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return roots.hasNext();
                }

                @Override
                public ProviderNode next() {
                    providersVisited++;
                    return roots.next();
                }
            };
        };
    }

    @Override
    public int rootCount() {
        return view.rootCount();
    }

    @Override
    public boolean hasNestedProviders() {
        return view.hasNestedProviders();
    }

    @Override
    public boolean knowsTrait(String name) {
        return view.knowsTrait(name);
    }

    @Override
    public boolean knowsResourceClass(String name) {
        return view.knowsResourceClass(name);
    }

    @Override
    public Comparator<String> traitOrder() {
        return view.traitOrder();
    }
}
