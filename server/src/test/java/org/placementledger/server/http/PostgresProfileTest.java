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
import org.placementledger.command.catalogue.ResourceClassRegistry;
import org.placementledger.command.catalogue.TraitRegistry;
import org.placementledger.command.provider.ProviderRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private TraitRegistry traits;

    @Autowired
    private ResourceClassRegistry classes;

    @Autowired
    private ProviderRegistry providers;

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

    /**
     * On PostgreSQL a failed statement aborts the whole transaction, so a registry that learns of a
     * taken name from a refused INSERT would break every "already exists" answer after it.
     */
    @Test
    void alreadyExistingNamesAreAnsweredWithoutBreakingTheTransaction() {
        String suffix = java.util.UUID.randomUUID().toString().replace('-', '_').toUpperCase();
        String trait = "CUSTOM_PG_T_" + suffix;
        assertThat(new Call("/traits/" + trait).method("PUT").version("1.6").send().status()).isEqualTo(201);
        assertThat(new Call("/traits/" + trait).method("PUT").version("1.6").send().status()).isEqualTo(204);
        assertThat(get("/traits/" + trait).version("1.6").send().status()).isEqualTo(204);

        String ensured = "CUSTOM_PG_E_" + suffix;
        assertThat(new Call("/resource_classes/" + ensured).method("PUT").version("1.7").send().status())
                .isEqualTo(201);
        assertThat(new Call("/resource_classes/" + ensured).method("PUT").version("1.7").send().status())
                .isEqualTo(204);

        String created = "CUSTOM_PG_C_" + suffix;
        assertThat(post("/resource_classes", Map.of("name", created)).version("1.2").send().status()).isEqualTo(201);
        Reply duplicate = post("/resource_classes", Map.of("name", created)).version("1.2").send();
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.raw()).contains("Conflicting resource class already exists: " + created);
        Reply renameToTaken = put("/resource_classes/" + created, Map.of("name", ensured)).version("1.6").send();
        assertThat(renameToTaken.status()).isEqualTo(409);

        assertThat(get("/resource_classes/" + ensured).version("1.7").send().status()).isEqualTo(200);
        assertThat(get("/resource_classes/" + created).version("1.7").send().status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trait_registry WHERE name = ?", Integer.class, trait))
                .isEqualTo(1);
        List<String> events = jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, trait);
        assertThat(events).hasSize(1);
    }

    /** The proof underneath: a registry write that a unique index refuses leaves its transaction usable. */
    @Test
    void aRefusedRegistryWriteLeavesTheTransactionUsable() {
        String name = "CUSTOM_PG_R_" + java.util.UUID.randomUUID().toString().replace('-', '_').toUpperCase();
        String provider = java.util.UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(traits.register(name)).isTrue();
            assertThat(traits.register(name)).isFalse();
            assertThat(classes.register(name)).isPresent();
            assertThat(classes.register(name)).isEmpty();
            providers.register(provider, name, null, provider);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> providers.register(java.util.UUID.randomUUID().toString(), name, null, provider))
                    .hasMessageContaining("Conflicting resource provider name: " + name);
            // Still one transaction, still able to write, and it commits.
            jdbc.update("INSERT INTO trait_registry (name) VALUES (?)", name + "_AFTER");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trait_registry WHERE name IN (?, ?)", Integer.class,
                name, name + "_AFTER")).isEqualTo(2);
        assertThat(providers.exists(provider)).isTrue();
    }
}
