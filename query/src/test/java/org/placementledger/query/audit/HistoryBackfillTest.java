package org.placementledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.placementledger.query.audit.replay.TableDigest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store written with allocation_history (and provider_history as runs or a row per version), once
 * migrated, holds exactly the rows the projections now write for the same events: the same digests.
 * The history: {@link OldFormHistory}.
 */
class HistoryBackfillTest {

    private static final Instant T0 = OldFormHistory.T0;
    private static final Instant T1 = OldFormHistory.T1;
    private static final Instant T2 = OldFormHistory.T2;
    private static final Instant T3 = OldFormHistory.T3;
    private static final Instant T4 = OldFormHistory.T4;

    /** The events, through the projections, into a fresh store. */
    private static JdbcTemplate projected() {
        JdbcTemplate jdbc = ReadModelDatabase.fresh();
        ProviderHistoryProjection providers = new ProviderHistoryProjection(jdbc);
        AllocationHistoryProjection consumers = new AllocationHistoryProjection(jdbc);
        providers.on(new ResourceProviderCreatedEvent("a", "a", null, "a", 0), T0);
        providers.on(new InventoryChangedEvent("a", 1, Map.of("VCPU", InventoryRecord.withDefaults(8))), T1);
        providers.on(new ResourcesClaimedEvent("a", "c1", Map.of("VCPU", 2L), 2), T2);
        consumers.on(new ConsumerAllocationsChangedEvent("c1", 1, "p", "u", null, Map.of("a", Map.of("VCPU", 2L))), T2);
        providers.on(new ResourcesClaimedEvent("a", "c2", Map.of("VCPU", 3L), 3), T2);
        consumers.on(new ConsumerAllocationsChangedEvent("c2", 1, "p", "u", null, Map.of("a", Map.of("VCPU", 3L))), T2);
        providers.on(new ResourceProviderRenamedEvent("a", "a2"), T3);
        providers.on(new ResourcesReleasedEvent("a", "c1", 4), T4);
        consumers.on(new ConsumerRemovedEvent("c1"), T4);
        return jdbc;
    }

    /** The same history as the old projections wrote it, then the migrations that follow. */
    private static JdbcTemplate migrated() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return OldFormHistory.migrated(ds);
    }

    @Test
    void aMigratedStoreHoldsTheRowsTheProjectionsWrite() {
        JdbcTemplate projected = projected();
        JdbcTemplate migrated = migrated();

        for (String table : new String[] {"provider_history", "consumer_history"}) {
            assertThat(TableDigest.of(migrated, table)).as(table).isEqualTo(TableDigest.of(projected, table));
        }
        // Not vacuous: the usage and the allocations are there.
        assertThat(migrated.queryForList("SELECT changes || '|' || used FROM provider_history ORDER BY valid_from",
                String.class)).isEqualTo(OldFormHistory.PROVIDER_ROWS);
        assertThat(migrated.queryForList("SELECT allocations FROM consumer_history ORDER BY consumer_uuid",
                String.class)).isEqualTo(OldFormHistory.CONSUMER_ALLOCATIONS);
        assertThat(migrated.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE LOWER(TABLE_NAME) = 'allocation_history'", Integer.class)).isZero();
    }
}
