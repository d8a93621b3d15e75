package org.placementledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.placementledger.query.audit.replay.TableDigest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A store's provider_history from before the runs (a row per version) is packed by the migration
 * into exactly the rows the projection now writes: the projection's rows, unpacked into versions
 * as the old projection wrote them, then repacked, have the same digest.
 */
class ProviderHistoryRepackTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final JdbcTemplate jdbc = ReadModelDatabase.fresh();
    private final ProviderHistoryProjection providers = new ProviderHistoryProjection(jdbc);

    private void history() {
        providers.on(new ResourceProviderCreatedEvent("a", "a", null, "a", 0), T0);
        providers.on(new ResourceProviderCreatedEvent("b", "b", null, "b", 0), T0);
        for (int g = 1; g <= GenerationRun.MAX + 10; g++) {
            providers.on(new ResourcesClaimedEvent("a", "c", Map.of("VCPU", 1L), g), T0.plusSeconds(g));
        }
        // One command: a new generation and a rename at one instant, then another generation at that instant.
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("command")
                .andMetaData(MetaData.with("correlationId", "cmd")));
        try {
            Instant t = T0.plusSeconds(100);
            providers.on(new InventoryChangedEvent("b", 1, Map.of("VCPU", InventoryRecord.withDefaults(8))), t);
            providers.on(new ResourceProviderRenamedEvent("b", "b2"), t.plusMillis(2));
            providers.on(new ResourcesClaimedEvent("b", "c", Map.of("VCPU", 1L), 2), t.plusMillis(4));
        } finally {
            command.commit();
        }
        providers.on(new ResourcesClaimedEvent("b", "c", Map.of("VCPU", 2L), 3), T0.plusSeconds(101));
        providers.on(new ResourceProviderDeletedEvent("b"), T0.plusSeconds(102));
        providers.on(new ResourceProviderCreatedEvent("b", "b", null, "b", 0), T0.plusSeconds(103));
        providers.on(new ResourcesClaimedEvent("b", "c", Map.of("VCPU", 1L), 1), T0.plusSeconds(104));
    }

    /** Each row as the versions it packs: a row per version, as provider_history held before the runs. */
    private void unpack() {
        List<Object[]> versions = new ArrayList<>();
        jdbc.query("SELECT rp_uuid, generation, name, parent_uuid, valid_from, valid_to, changes FROM provider_history",
                rs -> {
                    OffsetDateTime from = rs.getObject(5, OffsetDateTime.class);
                    OffsetDateTime start = from;
                    long generation = rs.getLong(2);
                    String changes = rs.getString(7);
                    for (String change : changes.isEmpty() ? new String[0] : changes.split(";")) {
                        OffsetDateTime at = from.plus(Duration.ofMillis(Long.parseLong(change.split(":")[0])));
                        versions.add(new Object[] {rs.getString(1), generation, rs.getString(3), rs.getString(4), start,
                            at, ""});
                        start = at;
                        generation = Long.parseLong(change.split(":")[1]);
                    }
                    versions.add(new Object[] {rs.getString(1), generation, rs.getString(3), rs.getString(4), start,
                        rs.getObject(6, OffsetDateTime.class), ""});
                });
        jdbc.update("DELETE FROM provider_history");
        jdbc.batchUpdate(JdbcProviderHistoryTables.INSERT_PROVIDER, versions);
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM provider_history", Long.class);
    }

    @Test
    void versionsWrittenBeforeTheRunsArePackedIntoTheRowsTheProjectionWrites() {
        history();
        TableDigest.Result written = TableDigest.of(jdbc, "provider_history");
        unpack();
        // Not vacuous: the versions are many more rows, with empty periods where one command changed twice.
        assertThat(rows()).isGreaterThan(GenerationRun.MAX + 10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provider_history WHERE valid_from = valid_to",
                Long.class)).isPositive();

        int packed = ProviderHistoryRepack.repack(jdbc);

        assertThat(TableDigest.of(jdbc, "provider_history")).isEqualTo(written);
        assertThat(packed).isEqualTo(written.rows());
    }

    @Test
    void rowsAlreadyPackedStayAsTheyAre() {
        history();
        TableDigest.Result written = TableDigest.of(jdbc, "provider_history");

        ProviderHistoryRepack.repack(jdbc);

        assertThat(TableDigest.of(jdbc, "provider_history")).isEqualTo(written);
    }
}
