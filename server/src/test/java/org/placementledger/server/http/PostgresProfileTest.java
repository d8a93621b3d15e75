package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app under the postgres profile, on a schema of its own created for this run and dropped after
 * it. Skipped, with the reason printed, when no PostgreSQL answers: decided before the class starts,
 * so no Spring context is attempted and each test is reported as skipped.
 */
@EnabledIf(value = "postgresAnswers", disabledReason = "no PostgreSQL answers; the reason is in the test output")
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresProfileTest extends HttpApiTest {

    private static FreshPostgresSchema schema;

    @Autowired
    private JdbcTemplate jdbc;

    static boolean postgresAnswers() {
        Optional<String> unavailable = FreshPostgresSchema.unavailableReason();
        unavailable.ifPresent(reason -> System.out.println("PostgresProfileTest skipped: " + reason));
        return unavailable.isEmpty();
    }

    @BeforeAll
    static void freshSchema() throws SQLException {
        schema = FreshPostgresSchema.create();
        System.out.println("PostgresProfileTest runs on PostgreSQL schema " + schema.name);
    }

    @DynamicPropertySource
    static void pointTheProfileAtTheSchema(DynamicPropertyRegistry registry) {
        // Feeds the profile's own ${PLACEMENT_DB_URL} placeholder, as the environment would.
        registry.add("PLACEMENT_DB_URL", () -> schema.url());
        registry.add("PLACEMENT_DB_SCHEMA", () -> schema.name);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schema != null) {
            schema.drop();
        }
    }

    @Test
    void runsOnTheFreshPostgresSchema() {
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(schema.name);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success",
                Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void providersAreCreatedRenamedDeletedAndReadBack() {
        String kept = createProvider();
        String renamed = createProvider();
        String deleted = createProvider();

        Reply rename = put("/resource_providers/" + renamed, Map.of("name", "renamed-" + renamed)).send();
        assertThat(rename.status()).isEqualTo(200);
        assertThat(delete("/resource_providers/" + deleted).send().status()).isEqualTo(204);

        assertThat(get("/resource_providers/" + kept).send().json().get("name").asText()).isEqualTo("rp-" + kept);
        Reply readRenamed = get("/resource_providers/" + renamed).send();
        assertThat(readRenamed.status()).isEqualTo(200);
        assertThat(readRenamed.json().get("name").asText()).isEqualTo("renamed-" + renamed);
        assertThat(get("/resource_providers/" + deleted).send().status()).isEqualTo(404);
        List<String> listed = get("/resource_providers").send().json().get("resource_providers")
                .findValuesAsText("uuid");
        assertThat(listed).contains(kept, renamed).doesNotContain(deleted);
        Reply duplicate = post("/resource_providers", Map.of("name", "renamed-" + renamed)).send();
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void eventsAreStoredAsByteaWithGlobalIndexesFromAStepOneSequence() {
        String uuid = createProvider();
        put("/resource_providers/" + uuid, Map.of("name", "again-" + uuid)).send();

        List<String> types = jdbc.queryForList("SELECT data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = 'domain_event_entry'"
                + " AND column_name IN ('payload', 'meta_data')", String.class);
        assertThat(types).containsExactly("bytea", "bytea");
        assertThat(jdbc.queryForObject("SELECT increment_by FROM pg_sequences WHERE schemaname = current_schema()"
                + " AND sequencename = 'domain_event_global_index_seq'", Long.class)).isEqualTo(1L);
        List<Long> indexes = jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, uuid);
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(2).isSorted().doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, uuid))
                .anySatisfy(json -> assertThat(json).contains("again-" + uuid));
    }
}
