package org.placementledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.audit.FindProviderUsagesAtQuery;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** Provider and inventory versions, and the moment a command's changes take effect (no Spring). */
class ProviderHistoryProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");
    static final Instant T2 = Instant.parse("2026-01-01T00:02:00Z");
    static final Instant T3 = Instant.parse("2026-01-01T00:03:00Z");
    static final InventoryRecord VCPU = InventoryRecord.withDefaults(8);
    static final InventoryRecord DISK = InventoryRecord.withDefaults(100);

    private ProviderHistoryProjection providers;
    private AllocationHistoryProjection allocations;
    private PointInTimeQueries queries;
    private JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        jdbc = ReadModelDatabase.fresh();
        providers = new ProviderHistoryProjection(jdbc);
        allocations = new AllocationHistoryProjection(jdbc);
        queries = new PointInTimeQueries(jdbc);
        providers.on(new ResourceProviderCreatedEvent("rp", "rp", null, "rp", 0), T0);
    }

    private FindProviderUsagesAtQuery at(Instant t) {
        return new FindProviderUsagesAtQuery("rp", t);
    }

    @Test
    void usagesListTheClassesOfTheInventoryOfTheTimeAtItsGeneration() {
        providers.on(new InventoryChangedEvent("rp", 1, Map.of("VCPU", VCPU)), T1);
        providers.on(new InventoryChangedEvent("rp", 2, Map.of("DISK_GB", DISK)), T2);

        assertThat(queries.providerUsages(at(T0)).generation()).isZero();
        assertThat(queries.providerUsages(at(T0)).usages()).isEmpty();
        assertThat(queries.providerUsages(at(T1)).usages()).containsOnlyKeys("VCPU");
        assertThat(queries.providerUsages(at(T1)).generation()).isEqualTo(1);
        assertThat(queries.providerUsages(at(T2)).usages()).containsOnlyKeys("DISK_GB");
        assertThat(queries.providerUsages(at(T2)).generation()).isEqualTo(2);
    }

    @Test
    void anUnchangedInventoryRecordKeepsItsVersion() {
        providers.on(new InventoryChangedEvent("rp", 1, Map.of("VCPU", VCPU)), T1);
        providers.on(new InventoryChangedEvent("rp", 2, Map.of("VCPU", VCPU, "DISK_GB", DISK)), T2);
        providers.on(new InventoryChangedEvent("rp", 3, Map.of("VCPU", InventoryRecord.withDefaults(16),
                "DISK_GB", DISK)), T3);

        assertThat(jdbc.queryForList("SELECT total FROM inventory_history WHERE resource_class = 'VCPU'"
                + " ORDER BY valid_from", Long.class)).containsExactly(8L, 16L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inventory_history WHERE resource_class = 'DISK_GB'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void aNewGenerationJoinsTheRowInForceANameBeginsARowAndAnUnchangedGenerationIsNoChange() {
        providers.on(new ProviderTraitsChangedEvent("rp", 1, Set.of("CUSTOM_A")), T1);
        providers.on(new ResourceProviderRenamedEvent("rp", "renamed"), T2);
        providers.on(new ProviderTraitsChangedEvent("rp", 1, Set.of("CUSTOM_A")), T3);

        assertThat(jdbc.queryForList("SELECT generation || ':' || name || '|' || changes FROM provider_history"
                + " ORDER BY valid_from", String.class)).containsExactly("0:rp|60000:1", "1:renamed|");
        assertThat(queries.providerUsages(at(T0)).generation()).isZero();
        assertThat(queries.providerUsages(at(T1.minusMillis(1))).generation()).isZero();
        assertThat(queries.providerUsages(at(T1)).generation()).isEqualTo(1);
        assertThat(queries.providerUsages(at(T3)).generation()).isEqualTo(1);
    }

    @Test
    void aFullRowEndsAndTheNextGenerationBeginsAnotherEachMomentAnsweringItsGeneration() {
        int generations = GenerationRun.MAX * 2 + 5;
        for (int g = 1; g <= generations; g++) {
            providers.on(new ResourcesClaimedEvent("rp", "c", Map.of("VCPU", 1L), g), T0.plusSeconds(g));
        }

        assertThat(jdbc.queryForList("SELECT generation FROM provider_history ORDER BY valid_from", Long.class))
                .containsExactly(0L, GenerationRun.MAX + 1L, 2L * GenerationRun.MAX + 2);
        for (int g = 0; g <= generations; g++) {
            assertThat(queries.providerUsages(at(T0.plusSeconds(g))).generation()).as("at %d s", g).isEqualTo(g);
            assertThat(queries.providerUsages(at(T0.plusSeconds(g).plusMillis(999))).generation()).isEqualTo(g);
        }
    }

    @Test
    void aGenerationStampedBeforeTheRowsLatestChangeBeginsARowAsBeforeRuns() {
        providers.on(new ResourcesClaimedEvent("rp", "c", Map.of("VCPU", 1L), 1), T2);
        // Another node's clock behind: the change is earlier than the row's latest one.
        providers.on(new ResourcesClaimedEvent("rp", "c", Map.of("VCPU", 2L), 2), T1);

        // Consumer c has no version in force here (no consumer events): each claim adds to the usage.
        assertThat(jdbc.queryForList("SELECT generation || '|' || changes || '|' || used FROM provider_history"
                + " ORDER BY generation", String.class)).containsExactly("0|120000:1:VCPU=1|", "2||VCPU=3");
        assertThat(queries.providerUsages(at(T1)).generation()).isEqualTo(2);
        assertThat(queries.providerUsages(at(T3)).generation()).isEqualTo(2);
    }

    @Test
    void aDeletedProviderDidNotExistAfterwardsAndARecreatedOneStartsAfresh() {
        providers.on(new InventoryChangedEvent("rp", 1, Map.of("VCPU", VCPU)), T1);
        providers.on(new ResourceProviderDeletedEvent("rp"), T2);
        assertThat(queries.providerUsages(at(T2))).isNull();
        assertThat(queries.providerUsages(at(T0.minusSeconds(1)))).isNull();

        providers.on(new ResourceProviderCreatedEvent("rp", "again", null, "rp", 0), T3);
        assertThat(queries.providerUsages(at(T3)).usages()).isEmpty();
        assertThat(queries.providerUsages(at(T1)).usages()).containsOnlyKeys("VCPU");
    }

    @Test
    void allChangesOfOneCommandTakeEffectAtItsFirstEventsTime() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("command")
                .andMetaData(MetaData.with("correlationId", "cmd-1")));
        try {
            providers.on(new ResourcesClaimedEvent("rp", "c", Map.of("VCPU", 2L), 1), T1);
            allocations.on(new ConsumerAllocationsChangedEvent("c", 1, "p", "u", null,
                    Map.of("rp", Map.of("VCPU", 2L))), T1.plusMillis(3));
        } finally {
            command.commit();
        }
        List<Instant> starts = jdbc.queryForList("SELECT valid_from FROM consumer_history",
                java.time.OffsetDateTime.class).stream().map(java.time.OffsetDateTime::toInstant).toList();
        assertThat(starts).containsExactly(T1);
        // The provider's generation 1, 60 s after its row began: at T1 itself, not 3 ms later.
        assertThat(jdbc.queryForObject("SELECT changes FROM provider_history", String.class))
                .isEqualTo("60000:1:VCPU=2");
    }

    @Test
    void aChangeInTheSameMillisecondAsTheRowsLatestReplacesIt() {
        providers.on(new InventoryChangedEvent("rp", 1, Map.of("VCPU", VCPU)), T1);
        providers.on(new ResourcesClaimedEvent("rp", "a", Map.of("VCPU", 2L), 2), T2);
        providers.on(new ResourcesClaimedEvent("rp", "b", Map.of("VCPU", 3L), 3), T2.plusNanos(500_000));
        providers.on(new ProviderTraitsChangedEvent("rp", 4, Set.of("CUSTOM_A")), T3);

        assertThat(jdbc.queryForObject("SELECT changes FROM provider_history", String.class))
                .isEqualTo("60000:1;120000:3:VCPU=5;180000:4");
        assertThat(queries.providerUsages(at(T2)).usages()).containsExactly(Map.entry("VCPU", 5L));
        assertThat(queries.providerUsages(at(T2)).generation()).isEqualTo(3);
        assertThat(queries.providerUsages(at(T3)).usages()).containsExactly(Map.entry("VCPU", 5L));
        assertThat(queries.providerUsages(at(T2.minusMillis(1))).usages()).containsExactly(Map.entry("VCPU", 0L));
    }

    @Test
    void aChangeInTheMillisecondTheRowBeganReplacesItsFirstState() {
        providers.on(new ResourcesClaimedEvent("rp", "a", Map.of("VCPU", 2L), 1), T0);

        assertThat(jdbc.queryForList("SELECT generation || '|' || changes || '|' || used FROM provider_history",
                String.class)).containsExactly("1||VCPU=2");
    }

    @Test
    void timesAreKeptAtTheEventStoresMillisecondResolution() {
        providers.on(new InventoryChangedEvent("rp", 1, Map.of("VCPU", VCPU)), T1.plusNanos(1_999_999));
        assertThat(queries.providerUsages(at(T1.plusMillis(1))).generation()).isEqualTo(1);
        assertThat(queries.providerUsages(at(T1.plusNanos(999_999))).generation()).isZero();
    }
}
