package org.placementledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
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
 * The history: provider a created, given inventory, claimed by two consumers in one millisecond,
 * renamed, then one consumer released and removed.
 */
class HistoryBackfillTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final Instant T3 = T0.plusSeconds(180);
    private static final Instant T4 = T0.plusSeconds(240);
    private static final OffsetDateTime OPEN = Versions.OPEN;

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
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/query").target("2.081").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String provider = "INSERT INTO provider_history (rp_uuid, generation, name, parent_uuid, valid_from, valid_to,"
                + " changes) VALUES (?, ?, ?, NULL, ?, ?, ?)";
        // Before the rename a run (two changes in one millisecond listed apart), after it a row per version.
        jdbc.update(provider, "a", 0, "a", utc(T0), utc(T3), "60000:1;120000:2;120000:3");
        jdbc.update(provider, "a", 3, "a2", utc(T3), utc(T4), "");
        jdbc.update(provider, "a", 4, "a2", utc(T4), OPEN, "");
        String consumer = "INSERT INTO consumer_history (consumer_uuid, generation, project_id, user_id, consumer_type,"
                + " valid_from, valid_to) VALUES (?, 1, 'p', 'u', NULL, ?, ?)";
        jdbc.update(consumer, "c1", utc(T2), utc(T4));
        jdbc.update(consumer, "c2", utc(T2), OPEN);
        String held = "INSERT INTO allocation_history (consumer_uuid, rp_uuid, resource_class, used, valid_from,"
                + " valid_to) VALUES (?, 'a', 'VCPU', ?, ?, ?)";
        jdbc.update(held, "c1", 2, utc(T2), utc(T4));
        jdbc.update(held, "c2", 3, utc(T2), OPEN);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/query").load().migrate();
        return jdbc;
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
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
                String.class)).containsExactly("60000:1;120000:3:VCPU=5|", "60000:4:VCPU=3|VCPU=5");
        assertThat(migrated.queryForList("SELECT allocations FROM consumer_history ORDER BY consumer_uuid",
                String.class)).containsExactly("a:VCPU=2", "a:VCPU=3");
        assertThat(migrated.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE LOWER(TABLE_NAME) = 'allocation_history'", Integer.class)).isZero();
    }
}
