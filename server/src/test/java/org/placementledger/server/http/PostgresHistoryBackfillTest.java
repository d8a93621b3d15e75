package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read-model migrations V2_090-V2_092 on PostgreSQL, over a store that has allocation_history
 * rows (query's HistoryBackfillTest checks the same history on H2 against the projections' digests):
 * the allocations and usages land in the new columns and the old table is gone.
 */
@EnabledIf(value = "postgresAnswers", disabledReason = "no PostgreSQL answers; the reason is in the test output")
class PostgresHistoryBackfillTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime OPEN = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    private final FreshPostgresSchema schema;

    PostgresHistoryBackfillTest() throws SQLException {
        schema = FreshPostgresSchema.create();
    }

    static boolean postgresAnswers() {
        Optional<String> unavailable = FreshPostgresSchema.unavailableReason();
        unavailable.ifPresent(reason -> System.out.println("PostgresHistoryBackfillTest skipped: " + reason));
        return unavailable.isEmpty();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.drop();
    }

    private static OffsetDateTime at(int minute) {
        return T0.plusMinutes(minute);
    }

    @Test
    void allocationHistoryMovesIntoTheNewColumns() {
        DataSource ds = schema.dataSource();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/query").target("2.081").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        // Provider a: generation 1 at T1, two claims in one millisecond at T2 (2 and 3), renamed at T3,
        // c1 released at T4.
        String provider = "INSERT INTO provider_history (rp_uuid, generation, name, parent_uuid, valid_from, valid_to,"
                + " changes) VALUES ('a', ?, ?, NULL, ?, ?, ?)";
        jdbc.update(provider, 0, "a", at(0), at(3), "60000:1;120000:2;120000:3");
        jdbc.update(provider, 3, "a2", at(3), at(4), "");
        jdbc.update(provider, 4, "a2", at(4), OPEN, "");
        String consumer = "INSERT INTO consumer_history (consumer_uuid, generation, project_id, user_id, consumer_type,"
                + " valid_from, valid_to) VALUES (?, 1, 'p', 'u', NULL, ?, ?)";
        jdbc.update(consumer, "c1", at(2), at(4));
        jdbc.update(consumer, "c2", at(2), OPEN);
        String held = "INSERT INTO allocation_history (consumer_uuid, rp_uuid, resource_class, used, valid_from,"
                + " valid_to) VALUES (?, 'a', 'VCPU', ?, ?, ?)";
        jdbc.update(held, "c1", 2, at(2), at(4));
        jdbc.update(held, "c2", 3, at(2), OPEN);

        Flyway.configure().dataSource(ds).locations("classpath:db/migration/query").load().migrate();

        assertThat(jdbc.queryForList("SELECT generation || '|' || changes || '|' || used FROM provider_history"
                + " ORDER BY valid_from", String.class)).containsExactly("0|60000:1;120000:3:VCPU=5|",
                        "3|60000:4:VCPU=3|VCPU=5");
        assertThat(jdbc.queryForList("SELECT allocations FROM consumer_history ORDER BY consumer_uuid",
                String.class)).containsExactly("a:VCPU=2", "a:VCPU=3");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_name = 'allocation_history'", Integer.class, schema.name)).isZero();
    }
}
