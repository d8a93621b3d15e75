package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.placementledger.query.audit.OldFormHistory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read-model migrations V2_090-V2_092 on PostgreSQL, over a store that has allocation_history
 * rows ({@link OldFormHistory}; query's HistoryBackfillTest checks the same history on H2 against the
 * projections' digests):
 * the allocations and usages land in the new columns and the old table is gone.
 */
@EnabledIf(value = "postgresAnswers", disabledReason = "no PostgreSQL answers; the reason is in the test output")
class PostgresHistoryBackfillTest {

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

    @Test
    void allocationHistoryMovesIntoTheNewColumns() {
        JdbcTemplate jdbc = OldFormHistory.migrated(schema.dataSource());

        assertThat(jdbc.queryForList("SELECT generation || '|' || changes || '|' || used FROM provider_history"
                + " ORDER BY valid_from", String.class)).containsExactly("0|" + OldFormHistory.PROVIDER_ROWS.get(0),
                        "3|" + OldFormHistory.PROVIDER_ROWS.get(1));
        assertThat(jdbc.queryForList("SELECT allocations FROM consumer_history ORDER BY consumer_uuid",
                String.class)).isEqualTo(OldFormHistory.CONSUMER_ALLOCATIONS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_name = 'allocation_history'", Integer.class, schema.name)).isZero();
    }
}
