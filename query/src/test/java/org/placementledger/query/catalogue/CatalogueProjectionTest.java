package org.placementledger.query.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.catalogue.CountInventoriesOfClassQuery;
import org.placementledger.api.catalogue.FindResourceClassQuery;
import org.placementledger.api.catalogue.ListResourceClassesQuery;
import org.placementledger.api.catalogue.ResourceClassCreatedEvent;
import org.placementledger.api.catalogue.ResourceClassDeletedEvent;
import org.placementledger.api.catalogue.ResourceClassRenamedEvent;
import org.placementledger.api.catalogue.ResourceClassView;
import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class CatalogueProjectionTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");
    static final Instant T2 = Instant.parse("2026-01-01T00:02:00Z");

    private JdbcTemplate jdbc;
    private CatalogueProjection projection;
    private ResourceClassQueries classes;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.fresh();
        projection = new CatalogueProjection(jdbc);
        classes = new ResourceClassQueries(jdbc, new ServerStart(START));
    }

    @Test
    void listsStandardClassesInCanonicalOrderThenCustomById() {
        projection.on(new ResourceClassCreatedEvent(10001, "CUSTOM_B"), T1);
        projection.on(new ResourceClassCreatedEvent(10000, "CUSTOM_A"), T2);

        List<ResourceClassView> all = classes.list(new ListResourceClassesQuery()).classes();
        assertThat(all).hasSize(23);
        assertThat(all.subList(0, 21)).extracting(ResourceClassView::name)
                .containsExactlyElementsOf(StandardCatalogue.resourceClasses());
        assertThat(all.get(0).name()).isEqualTo("VCPU");
        assertThat(all.get(0).createdAt()).isEqualTo(START);
        assertThat(all.subList(21, 23)).extracting(ResourceClassView::name).containsExactly("CUSTOM_A", "CUSTOM_B");
    }

    @Test
    void renameKeepsCreationAndMovesUpdate() {
        projection.on(new ResourceClassCreatedEvent(10000, "CUSTOM_A"), T1);
        projection.on(new ResourceClassRenamedEvent(10000, "CUSTOM_Z"), T2);

        assertThat(classes.find(new FindResourceClassQuery("CUSTOM_A"))).isNull();
        ResourceClassView renamed = classes.find(new FindResourceClassQuery("CUSTOM_Z"));
        assertThat(renamed.createdAt()).isEqualTo(T1);
        assertThat(renamed.updatedAt()).isEqualTo(T2);
    }

    @Test
    void aDeletedClassIsGoneAndItsIdCanComeBack() {
        projection.on(new ResourceClassCreatedEvent(10000, "CUSTOM_A"), T1);
        projection.on(new ResourceClassDeletedEvent(10000, "CUSTOM_A"));
        assertThat(classes.find(new FindResourceClassQuery("CUSTOM_A"))).isNull();
        projection.on(new ResourceClassCreatedEvent(10000, "CUSTOM_B"), T2);
        assertThat(classes.find(new FindResourceClassQuery("CUSTOM_B")).createdAt()).isEqualTo(T2);
    }

    @Test
    void findsAStandardClassWithTheStartTime() {
        ResourceClassView vcpu = classes.find(new FindResourceClassQuery("VCPU"));
        assertThat(vcpu.createdAt()).isEqualTo(START);
        assertThat(vcpu.updatedAt()).isNull();
        assertThat(classes.find(new FindResourceClassQuery("CUSTOM_NONE"))).isNull();
    }

    @Test
    void countsInventoriesOfAClass() {
        for (String rp : Set.of("a", "b")) {
            jdbc.update("INSERT INTO rp_inventory (rp_uuid, resource_class, total, reserved, min_unit, max_unit,"
                    + " step_size, allocation_ratio, created_at, updated_at)"
                    + " VALUES (?, 'CUSTOM_A', 1, 0, 1, 1, 1, 1.0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", rp);
        }
        assertThat(classes.count(new CountInventoriesOfClassQuery("CUSTOM_A"))).isEqualTo(2L);
        assertThat(classes.count(new CountInventoriesOfClassQuery("CUSTOM_B"))).isZero();
    }
}
