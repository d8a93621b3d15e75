package org.placementledger.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One history as the read models held it before V2_090 (allocation_history; provider_history as runs
 * and as a row per version), and what the migrations make of it. Shared by HistoryBackfillTest (H2,
 * against the projections' digests) and server's PostgresHistoryBackfillTest. Provider a: created at
 * T0, inventory at T1, claimed by c1 (VCPU 2) and c2 (VCPU 3) in one millisecond at T2, renamed a2 at
 * T3; c1 released and removed at T4.
 */
public final class OldFormHistory {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);
    static final Instant T2 = T0.plusSeconds(120);
    static final Instant T3 = T0.plusSeconds(180);
    static final Instant T4 = T0.plusSeconds(240);

    /** The schema version the rows are written at: the last before the backfill. */
    private static final String SCHEMA = "2.081";
    private static final String MIGRATIONS = "classpath:db/migration/query";

    /** provider_history after the migrations ({@code changes|used}, by valid_from). */
    public static final List<String> PROVIDER_ROWS = List.of("60000:1;120000:3:VCPU=5|", "60000:4:VCPU=3|VCPU=5");

    /** consumer_history's allocations after the migrations, by consumer. */
    public static final List<String> CONSUMER_ALLOCATIONS = List.of("a:VCPU=2", "a:VCPU=3");

    private OldFormHistory() {
    }

    /** An empty database given the read-model tables as they were, these rows, then the later migrations. */
    public static JdbcTemplate migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).target(SCHEMA).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        write(jdbc);
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
        return jdbc;
    }

    private static void write(JdbcTemplate jdbc) {
        String provider = "INSERT INTO provider_history (rp_uuid, generation, name, parent_uuid, valid_from, valid_to,"
                + " changes) VALUES ('a', ?, ?, NULL, ?, ?, ?)";
        // Before the rename a run (two changes in one millisecond listed apart), after it a row per version.
        jdbc.update(provider, 0, "a", utc(T0), utc(T3), "60000:1;120000:2;120000:3");
        jdbc.update(provider, 3, "a2", utc(T3), utc(T4), "");
        jdbc.update(provider, 4, "a2", utc(T4), Versions.OPEN, "");
        String consumer = "INSERT INTO consumer_history (consumer_uuid, generation, project_id, user_id, consumer_type,"
                + " valid_from, valid_to) VALUES (?, 1, 'p', 'u', NULL, ?, ?)";
        jdbc.update(consumer, "c1", utc(T2), utc(T4));
        jdbc.update(consumer, "c2", utc(T2), Versions.OPEN);
        String held = "INSERT INTO allocation_history (consumer_uuid, rp_uuid, resource_class, used, valid_from,"
                + " valid_to) VALUES (?, 'a', 'VCPU', ?, ?, ?)";
        jdbc.update(held, "c1", 2, utc(T2), utc(T4));
        jdbc.update(held, "c2", 3, utc(T2), Versions.OPEN);
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
