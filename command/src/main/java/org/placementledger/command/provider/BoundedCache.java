package org.placementledger.command.provider;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Axon's cache interface over a Caffeine map of at most {@code maximumSize} entries, least recently
 * used first out; values are soft references, so the heap can still take them back. (Axon's
 * WeakReferenceCache lost nearly every provider at the next young collection: under a claim load
 * most claims read the provider's snapshot and events again.)
 */
final class BoundedCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

    BoundedCache(long maximumSize) {
        // evictions on the writing thread, not handed to the common pool
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).softValues().executor(Runnable::run).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.get(key, k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.getIfPresent(key) != null;
    }

    /** Axon's repositories do not listen to aggregate caches (only its saga store does). */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("entry listeners are not supported by the provider cache");
    }
}
