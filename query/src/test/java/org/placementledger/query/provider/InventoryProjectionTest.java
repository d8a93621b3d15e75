package org.placementledger.query.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.provider.FindProviderInventoriesQuery;
import org.placementledger.api.provider.FindProviderInventoryQuery;
import org.placementledger.api.provider.FindProviderUsagesQuery;
import org.placementledger.api.provider.FindResourceProviderQuery;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class InventoryProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");
    static final Instant T2 = Instant.parse("2026-01-01T00:02:00Z");
    static final InventoryRecord VCPU = InventoryRecord.withDefaults(8);
    static final InventoryRecord DISK = new InventoryRecord(2048, 512, 10, 1024, 10, 1.5);

    private ResourceProviderProjection providers;
    private InventoryProjection projection;
    private ProviderInventoryQueries queries;
    private ResourceProviderQueries providerQueries;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = ReadModelDatabase.fresh();
        providers = new ResourceProviderProjection(jdbc);
        projection = new InventoryProjection(jdbc);
        queries = new ProviderInventoryQueries(jdbc);
        providerQueries = new ResourceProviderQueries(jdbc);
        providers.on(new ResourceProviderCreatedEvent("a", "rp", null, "a", 0), T0);
    }

    private static Map<String, InventoryRecord> map(Object... classAndRecord) {
        Map<String, InventoryRecord> map = new LinkedHashMap<>();
        for (int i = 0; i < classAndRecord.length; i += 2) {
            map.put((String) classAndRecord[i], (InventoryRecord) classAndRecord[i + 1]);
        }
        return map;
    }

    @Test
    void keepsRecordsAndTheProviderGeneration() {
        projection.on(new InventoryChangedEvent("a", 1, map("VCPU", VCPU, "DISK_GB", DISK)), T1);

        var found = queries.inventories(new FindProviderInventoriesQuery("a"));
        assertThat(found.generation()).isEqualTo(1);
        assertThat(found.inventories()).containsOnly(Map.entry("VCPU", VCPU), Map.entry("DISK_GB", DISK));
        assertThat(found.lastModified()).isEqualTo(T1);
        var rp = providerQueries.find(new FindResourceProviderQuery("a"));
        assertThat(rp.generation()).isEqualTo(1);
        assertThat(rp.updatedAt()).isEqualTo(T1);
    }

    @Test
    void anUnchangedRecordKeepsItsTimeAndAChangedOneIsUpdated() {
        projection.on(new InventoryChangedEvent("a", 1, map("VCPU", VCPU, "DISK_GB", DISK)), T0);
        InventoryRecord moreDisk = new InventoryRecord(4096, 512, 10, 1024, 10, 1.5);
        projection.on(new InventoryChangedEvent("a", 2, map("VCPU", VCPU, "DISK_GB", moreDisk)), T1);

        assertThat(queries.inventory(new FindProviderInventoryQuery("a", "VCPU")).lastModified()).isEqualTo(T0);
        var disk = queries.inventory(new FindProviderInventoryQuery("a", "DISK_GB"));
        assertThat(disk.inventories()).containsOnly(Map.entry("DISK_GB", moreDisk));
        assertThat(disk.lastModified()).isEqualTo(T1);
        assertThat(queries.inventories(new FindProviderInventoriesQuery("a")).lastModified()).isEqualTo(T1);
    }

    @Test
    void aClassLeftOutIsRemovedAndAnEmptyInventoryStillBumps() {
        projection.on(new InventoryChangedEvent("a", 1, map("VCPU", VCPU, "DISK_GB", DISK)), T0);
        projection.on(new InventoryChangedEvent("a", 2, map("DISK_GB", DISK)), T1);
        assertThat(queries.inventories(new FindProviderInventoriesQuery("a")).inventories()).containsOnlyKeys("DISK_GB");

        projection.on(new InventoryChangedEvent("a", 3, Map.of()), T2);
        var found = queries.inventories(new FindProviderInventoriesQuery("a"));
        assertThat(found.inventories()).isEmpty();
        assertThat(found.lastModified()).isNull();
        assertThat(found.generation()).isEqualTo(3);
    }

    @Test
    void oneClassOfNoInventoryIsEmptyAndAMissingProviderIsNull() {
        var none = queries.inventory(new FindProviderInventoryQuery("a", "VCPU"));
        assertThat(none.inventories()).isEmpty();
        assertThat(queries.inventory(new FindProviderInventoryQuery("b", "VCPU"))).isNull();
        assertThat(queries.inventories(new FindProviderInventoriesQuery("b"))).isNull();
        assertThat(queries.usages(new FindProviderUsagesQuery("b"))).isNull();
    }

    @Test
    void usagesListEveryClassWithInventoryAtZero() {
        assertThat(queries.usages(new FindProviderUsagesQuery("a")).usages()).isEmpty();
        projection.on(new InventoryChangedEvent("a", 1, map("VCPU", VCPU, "DISK_GB", DISK)), T1);
        var usages = queries.usages(new FindProviderUsagesQuery("a"));
        assertThat(usages.generation()).isEqualTo(1);
        assertThat(usages.usages()).containsOnly(Map.entry("VCPU", 0L), Map.entry("DISK_GB", 0L));
    }

    @Test
    void deletingTheProviderDropsItsInventory() {
        projection.on(new InventoryChangedEvent("a", 1, map("VCPU", VCPU)), T1);
        providers.on(new ResourceProviderDeletedEvent("a"));
        providers.on(new ResourceProviderCreatedEvent("a", "rp", null, "a", 0), T2);
        assertThat(queries.inventories(new FindProviderInventoriesQuery("a")).inventories()).isEmpty();
    }
}
