package org.placementledger.command.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void keepsProvidersAcrossGarbageCollections() {
        // Axon's WeakReferenceCache lost them here, so most claims read the provider's events again
        BoundedCache cache = new BoundedCache(1000);
        for (int i = 0; i < 100; i++) {
            cache.put("rp-" + i, new Object());
        }
        System.gc();
        for (int i = 0; i < 100; i++) {
            assertThat(cache.containsKey("rp-" + i)).isTrue();
        }
    }

    @Test
    void keepsAtMostItsSize() {
        BoundedCache cache = new BoundedCache(10);
        for (int i = 0; i < 100; i++) {
            cache.put("rp-" + i, "v" + i);
        }
        int kept = 0;
        for (int i = 0; i < 100; i++) {
            kept += cache.containsKey("rp-" + i) ? 1 : 0;
        }
        assertThat(kept).isLessThanOrEqualTo(10);
    }

    @Test
    void answersAsAxonExpects() {
        BoundedCache cache = new BoundedCache(10);
        assertThat(cache.putIfAbsent("a", "1")).isTrue();
        assertThat(cache.putIfAbsent("a", "2")).isFalse();
        assertThat((String) cache.get("a")).isEqualTo("1");
        cache.<String>computeIfPresent("a", v -> v + "+");
        cache.<String>computeIfPresent("b", v -> v + "+");
        assertThat((String) cache.get("a")).isEqualTo("1+");
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.<String>computeIfAbsent("b", () -> "new")).isEqualTo("new");
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        assertThat((Object) cache.get("a")).isNull();
    }
}
