package org.placementledger.server.http;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ReplayUnderWrites} under the postgres profile (the swap's renames in one transaction), on a
 * schema of its own; skipped when no PostgreSQL answers, as {@link PostgresProfileTest} is.
 */
@EnabledIf(value = "org.placementledger.server.http.PostgresProfileTest#postgresAnswers",
        disabledReason = "no PostgreSQL answers; the reason is in the test output")
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresReplayUnderWritesHttpTest extends ReplayUnderWrites {

    private static FreshPostgresSchema schema;

    @BeforeAll
    static void freshSchema() throws SQLException {
        schema = FreshPostgresSchema.create();
    }

    @DynamicPropertySource
    static void pointTheProfileAtTheSchema(DynamicPropertyRegistry registry) {
        registry.add("PLACEMENT_DB_URL", () -> schema.url());
        registry.add("PLACEMENT_DB_SCHEMA", () -> schema.name);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schema != null) {
            schema.drop();
        }
    }
}
