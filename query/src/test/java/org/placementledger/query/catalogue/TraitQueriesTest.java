package org.placementledger.query.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.catalogue.CountProvidersWithTraitQuery;
import org.placementledger.api.catalogue.FindTraitQuery;
import org.placementledger.api.catalogue.ListTraitsQuery;
import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.catalogue.TraitDeletedEvent;
import org.placementledger.api.catalogue.TraitView;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class TraitQueriesTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");
    static final Instant T2 = Instant.parse("2026-01-01T00:02:00Z");
    static final Instant T3 = Instant.parse("2026-01-01T00:03:00Z");

    private JdbcTemplate jdbc;
    private CatalogueProjection projection;
    private TraitQueries traits;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.fresh();
        projection = new CatalogueProjection(jdbc);
        traits = new TraitQueries(jdbc, new ServerStart(START));
        projection.on(new TraitCreatedEvent("CUSTOM_TRAIT_1"), T1);
        projection.on(new TraitCreatedEvent("CUSTOM_TRAIT_2"), T2);
        projection.on(new TraitCreatedEvent("CUSTOM_TRAITX"), T3);
    }

    private List<String> names(Set<String> in, String prefix, Boolean associated) {
        return traits.list(new ListTraitsQuery(in, prefix, associated)).traits().stream().map(TraitView::name).toList();
    }

    @Test
    void listsStandardTraitsThenCustomByCreation() {
        List<String> all = names(null, null, null);
        assertThat(all).hasSize(StandardCatalogue.traits().size() + 3);
        assertThat(all.subList(0, StandardCatalogue.traits().size())).containsExactlyElementsOf(StandardCatalogue.traits());
        assertThat(all).endsWith("CUSTOM_TRAIT_1", "CUSTOM_TRAIT_2", "CUSTOM_TRAITX");
    }

    @Test
    void filtersByExactNamesSilentlyDroppingUnknownOnesInNameOrder() {
        assertThat(names(Set.of("CUSTOM_TRAIT_1", "HW_CPU_X86_SSE", "CUSTOM_NONE"), null, null))
                .containsExactly("CUSTOM_TRAIT_1", "HW_CPU_X86_SSE");
    }

    @Test
    void startsWithIsALikePatternWhereUnderscoreIsAWildcard() {
        assertThat(names(null, "CUSTOM_TRAIT", null)).containsExactly("CUSTOM_TRAIT_1", "CUSTOM_TRAIT_2", "CUSTOM_TRAITX");
        assertThat(names(null, "CUSTOM_TRAIT_", null)).containsExactly("CUSTOM_TRAIT_1", "CUSTOM_TRAIT_2", "CUSTOM_TRAITX");
        assertThat(names(null, "CUSTOM_TRAIT\\_", null)).containsExactly("CUSTOM_TRAIT_1", "CUSTOM_TRAIT_2");
        assertThat(names(null, "CUSTOM%2", null)).containsExactly("CUSTOM_TRAIT_2");
        assertThat(names(null, "custom", null)).isEmpty();
        assertThat(names(null, "MISC_SHARES", null)).containsExactly("MISC_SHARES_VIA_AGGREGATE");
    }

    @Test
    void associatedFollowsProviderTraits() {
        jdbc.update("INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES ('a', 'CUSTOM_TRAIT_1', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES ('b', 'CUSTOM_TRAIT_1', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO rp_trait (rp_uuid, trait, created_at) VALUES ('a', 'HW_CPU_X86_SSE', CURRENT_TIMESTAMP)");
        assertThat(names(null, null, true)).containsExactly("HW_CPU_X86_SSE", "CUSTOM_TRAIT_1");
        assertThat(names(null, "CUSTOM_", false)).containsExactly("CUSTOM_TRAIT_2", "CUSTOM_TRAITX");
        assertThat(traits.count(new CountProvidersWithTraitQuery("CUSTOM_TRAIT_1"))).isEqualTo(2L);
        assertThat(traits.count(new CountProvidersWithTraitQuery("CUSTOM_TRAIT_2"))).isZero();
    }

    @Test
    void findsStandardAndCustomTraitsButNotDeletedOnes() {
        assertThat(traits.find(new FindTraitQuery("HW_CPU_X86_SSE")).createdAt()).isEqualTo(START);
        assertThat(traits.find(new FindTraitQuery("CUSTOM_TRAIT_2")).createdAt()).isEqualTo(T2);
        projection.on(new TraitDeletedEvent("CUSTOM_TRAIT_2"));
        assertThat(traits.find(new FindTraitQuery("CUSTOM_TRAIT_2"))).isNull();
        assertThat(traits.find(new FindTraitQuery("NOT_A_TRAIT"))).isNull();
    }
}
