package org.placementledger.query.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.catalogue.FindUnknownCatalogueNamesQuery;
import org.placementledger.api.provider.FindProviderAggregatesQuery;
import org.placementledger.api.provider.FindProviderTraitsQuery;
import org.placementledger.api.provider.FindResourceProviderQuery;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** rp_trait and rp_aggregate, their queries, and the catalogue-name check of provider filters. */
class ProviderLinkProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");
    static final Instant T2 = Instant.parse("2026-01-01T00:02:00Z");

    private JdbcTemplate jdbc;
    private ResourceProviderProjection providers;
    private ProviderTraitProjection traits;
    private ProviderAggregateProjection aggregates;
    private ProviderLinkQueries links;
    private ResourceProviderQueries queries;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.fresh();
        providers = new ResourceProviderProjection(jdbc);
        traits = new ProviderTraitProjection(jdbc);
        aggregates = new ProviderAggregateProjection(jdbc);
        links = new ProviderLinkQueries(jdbc);
        queries = new ResourceProviderQueries(jdbc);
        providers.on(new ResourceProviderCreatedEvent("a", "alpha", null, "a", 0), T0);
    }

    @Test
    void traitsAreReplacedAndTouchTheProvider() {
        traits.on(new ProviderTraitsChangedEvent("a", 1, Set.of("T2", "T1")), T1);
        traits.on(new ProviderTraitsChangedEvent("a", 2, Set.of("T2", "T3")), T2);
        var found = links.traits(new FindProviderTraitsQuery("a"));
        assertThat(found.traits()).containsExactly("T2", "T3");
        assertThat(found.generation()).isEqualTo(2);
        assertThat(found.lastModified()).isEqualTo(T2);
        var rp = queries.find(new FindResourceProviderQuery("a"));
        assertThat(rp.generation()).isEqualTo(2);
        assertThat(rp.updatedAt()).isEqualTo(T2);
    }

    @Test
    void noTraitsHaveNoLastModified() {
        var found = links.traits(new FindProviderTraitsQuery("a"));
        assertThat(found.traits()).isEmpty();
        assertThat(found.lastModified()).isNull();
        assertThat(links.traits(new FindProviderTraitsQuery("nowhere"))).isNull();
    }

    @Test
    void aggregatesAreReplacedAndBumpOnlyWithANewGeneration() {
        aggregates.on(new ProviderAggregatesChangedEvent("a", 0, List.of("g2", "g1")), T1);
        var rp = queries.find(new FindResourceProviderQuery("a"));
        assertThat(rp.generation()).isZero();
        assertThat(rp.updatedAt()).isEqualTo(T0); // pre-1.19: the provider row is not touched
        aggregates.on(new ProviderAggregatesChangedEvent("a", 1, List.of("g3")), T2);
        var found = links.aggregates(new FindProviderAggregatesQuery("a"));
        assertThat(found.aggregates()).containsExactly("g3");
        assertThat(found.generation()).isEqualTo(1);
        assertThat(queries.find(new FindResourceProviderQuery("a")).updatedAt()).isEqualTo(T2);
        assertThat(links.aggregates(new FindProviderAggregatesQuery("nowhere"))).isNull();
    }

    @Test
    void deletingAProviderDropsItsLinks() {
        traits.on(new ProviderTraitsChangedEvent("a", 1, Set.of("T1")), T1);
        aggregates.on(new ProviderAggregatesChangedEvent("a", 2, List.of("g1")), T1);
        providers.on(new ResourceProviderDeletedEvent("a"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rp_trait", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rp_aggregate", Integer.class)).isZero();
    }

    @Test
    void unknownCatalogueNamesAreThoseNeitherStandardNorCustom() {
        jdbc.update("INSERT INTO custom_trait (name, created_at) VALUES ('CUSTOM_T', ?)",
                ResourceProviderProjection.ts(T0));
        jdbc.update("INSERT INTO custom_resource_class (id, name, created_at, updated_at) VALUES (10000, 'CUSTOM_RC', ?, ?)",
                ResourceProviderProjection.ts(T0), ResourceProviderProjection.ts(T0));
        var unknown = new CatalogueNameQueries(jdbc).unknown(new FindUnknownCatalogueNamesQuery(
                List.of("HW_CPU_X86_AVX", "CUSTOM_NO", "CUSTOM_T", "NOPE"), List.of("VCPU", "CUSTOM_RC", "CUSTOM_X")));
        assertThat(unknown.traits()).containsExactly("CUSTOM_NO", "NOPE");
        assertThat(unknown.resourceClasses()).containsExactly("CUSTOM_X");
    }
}
