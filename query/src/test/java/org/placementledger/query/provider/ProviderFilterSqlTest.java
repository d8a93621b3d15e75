package org.placementledger.query.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.provider.ListResourceProvidersQuery;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderFilter;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderView;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /resource_providers filters in SQL (spec §2.2, §4.9): per provider, AND'd; in_tree is "same root". */
class ProviderFilterSqlTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private JdbcTemplate jdbc;
    private ResourceProviderQueries queries;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.fresh();
        queries = new ResourceProviderQueries(jdbc);
        ResourceProviderProjection providers = new ResourceProviderProjection(jdbc);
        ProviderTraitProjection traits = new ProviderTraitProjection(jdbc);
        ProviderAggregateProjection aggregates = new ProviderAggregateProjection(jdbc);
        // root "a" with child "b"; separate roots "c" and "d"
        providers.on(new ResourceProviderCreatedEvent("a", "alpha", null, "a", 0), T0);
        providers.on(new ResourceProviderCreatedEvent("b", "beta", "a", "a", 0), T0);
        providers.on(new ResourceProviderCreatedEvent("c", "gamma", null, "c", 0), T0);
        providers.on(new ResourceProviderCreatedEvent("d", "delta", null, "d", 0), T0);
        traits.on(new ProviderTraitsChangedEvent("a", 1, Set.of("T1", "T2")), T0);
        traits.on(new ProviderTraitsChangedEvent("b", 1, Set.of("T2")), T0);
        traits.on(new ProviderTraitsChangedEvent("c", 1, Set.of("T3")), T0);
        aggregates.on(new ProviderAggregatesChangedEvent("a", 2, List.of("g1", "g2")), T0);
        aggregates.on(new ProviderAggregatesChangedEvent("b", 2, List.of("g2")), T0);
        aggregates.on(new ProviderAggregatesChangedEvent("c", 2, List.of("g3")), T0);
        inventory("a", "VCPU", 8, 0, 1, 8, 1, 1.0);
        inventory("b", "VCPU", 4, 2, 1, 4, 1, 2.0);     // capacity (4-2)*2 = 4
        inventory("c", "VCPU", 16, 0, 2, 16, 2, 1.0);   // min 2, step 2
        inventory("c", "DISK_GB", 100, 0, 1, 50, 1, 1.0);
    }

    private void inventory(String rp, String rc, long total, long reserved, long min, long max, long step,
                           double ratio) {
        jdbc.update("INSERT INTO rp_inventory (rp_uuid, resource_class, total, reserved, min_unit, max_unit,"
                        + " step_size, allocation_ratio, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rp, rc, total, reserved, min, max, step, ratio, ResourceProviderProjection.ts(T0),
                ResourceProviderProjection.ts(T0));
    }

    private List<String> list(ProviderFilter filter) {
        return queries.list(new ListResourceProvidersQuery(filter)).providers().stream()
                .map(ResourceProviderView::uuid).sorted().toList();
    }

    private static ProviderFilter memberOf(List<Set<String>> anyOfs, Set<String> forbidden) {
        return new ProviderFilter(null, null, anyOfs, forbidden, null, null, null, null);
    }

    private static ProviderFilter traits(List<Set<String>> anyOfs, Set<String> forbidden) {
        return new ProviderFilter(null, null, null, null, null, anyOfs, forbidden, null);
    }

    private static ProviderFilter resources(Map<String, Long> amounts) {
        return new ProviderFilter(null, null, null, null, null, null, null, amounts);
    }

    @Test
    void noFilterListsEveryProvider() {
        assertThat(list(null)).containsExactly("a", "b", "c", "d");
        assertThat(list(new ProviderFilter(null, null, List.of(), Set.of(), null, List.of(), Set.of(), Map.of())))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void nameUuidAndTree() {
        assertThat(list(new ProviderFilter("gamma", null, null, null, null, null, null, null))).containsExactly("c");
        assertThat(list(new ProviderFilter(null, "d", null, null, null, null, null, null))).containsExactly("d");
        assertThat(list(new ProviderFilter(null, null, null, null, "b", null, null, null))).containsExactly("a", "b");
        assertThat(list(new ProviderFilter(null, null, null, null, "nowhere", null, null, null))).isEmpty();
        assertThat(list(new ProviderFilter("alpha", null, null, null, "c", null, null, null))).isEmpty();
    }

    @Test
    void memberOfClausesAreAnyOfWithinAndAllOfAcross() {
        assertThat(list(memberOf(List.of(Set.of("g2")), null))).containsExactly("a", "b");
        assertThat(list(memberOf(List.of(Set.of("g1", "g3")), null))).containsExactly("a", "c");
        assertThat(list(memberOf(List.of(Set.of("g1"), Set.of("g2")), null))).containsExactly("a");
        assertThat(list(memberOf(List.of(Set.of("g3"), Set.of("g2")), null))).isEmpty();
        assertThat(list(memberOf(List.of(Set.of("unknown")), null))).isEmpty();
    }

    @Test
    void forbiddenAggregatesExcludeAnyMember() {
        assertThat(list(memberOf(null, Set.of("g1")))).containsExactly("b", "c", "d");
        assertThat(list(memberOf(null, Set.of("g1", "g3")))).containsExactly("b", "d");
        assertThat(list(memberOf(List.of(Set.of("g2")), Set.of("g1")))).containsExactly("b");
    }

    @Test
    void requiredTraitsAreTheProvidersOwn() {
        assertThat(list(traits(List.of(Set.of("T2")), null))).containsExactly("a", "b");
        assertThat(list(traits(List.of(Set.of("T1"), Set.of("T2")), null))).containsExactly("a");
        assertThat(list(traits(List.of(Set.of("T1", "T3")), null))).containsExactly("a", "c");
        assertThat(list(traits(null, Set.of("T2")))).containsExactly("c", "d");
        assertThat(list(traits(List.of(Set.of("T2")), Set.of("T1")))).containsExactly("b");
    }

    @Test
    void resourcesMustFitOnOneProvider() {
        assertThat(list(resources(Map.of("VCPU", 4L)))).containsExactly("a", "b", "c");
        assertThat(list(resources(Map.of("VCPU", 6L)))).containsExactly("a", "c"); // b: capacity 4
        assertThat(list(resources(Map.of("VCPU", 9L)))).isEmpty(); // a: max_unit 8; c: step 2
        assertThat(list(resources(Map.of("VCPU", 5L)))).containsExactly("a"); // c: step 2
        assertThat(list(resources(Map.of("VCPU", 1L)))).containsExactly("a", "b"); // c: min_unit 2
        assertThat(list(resources(Map.of("VCPU", 2L, "DISK_GB", 50L)))).containsExactly("c");
        assertThat(list(resources(Map.of("DISK_GB", 51L)))).isEmpty(); // max_unit 50
        assertThat(list(resources(Map.of("MEMORY_MB", 1L)))).isEmpty();
    }

    @Test
    void filtersAreAnded() {
        ProviderFilter all = new ProviderFilter(null, null, List.of(Set.of("g2")), Set.of(), "a",
                List.of(Set.of("T2")), Set.of("T1"), Map.of("VCPU", 4L));
        assertThat(list(all)).containsExactly("b");
    }
}
