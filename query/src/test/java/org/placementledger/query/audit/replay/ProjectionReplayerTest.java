package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.catalogue.ResourceClassCreatedEvent;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A replay writes exactly the rows the live projections wrote (no Spring): the same events go once
 * "live" (each command's events in one unit of work, as a subscribing processor handles them) and
 * once through the replayer in batches of two, so commands straddle batches; every read-model table
 * then has the same digest. The events of one command carry different milliseconds, so a replay
 * that timed history rows by each event's own time would differ.
 */
class ProjectionReplayerTest {

    private final EventScript script = new EventScript();
    private final List<List<EventMessage<?>>> commands = script.commands;

    private void command(Object... payloads) {
        script.command(payloads);
    }

    private static void live(JdbcTemplate jdbc, List<List<EventMessage<?>>> commands) {
        EventScript s = new EventScript();
        s.commands.addAll(commands);
        s.live(jdbc);
    }

    private void script() {
        var eight = Map.of("VCPU", InventoryRecord.withDefaults(8), "MEMORY_MB", InventoryRecord.withDefaults(4096));
        command(new TraitCreatedEvent("CUSTOM_GOLD"), new ResourceClassCreatedEvent(10000, "CUSTOM_GPU"));
        command(new ResourceProviderCreatedEvent("root", "root", null, "root", 0),
                new ResourceProviderCreatedEvent("child", "child", "root", "root", 0));
        command(new InventoryChangedEvent("root", 1, eight));
        command(new InventoryChangedEvent("child", 1, Map.of("CUSTOM_GPU", InventoryRecord.withDefaults(2))));
        command(new ProviderTraitsChangedEvent("root", 2, Set.of("CUSTOM_GOLD")),
                new ProviderAggregatesChangedEvent("root", 3, List.of("agg")));
        command(new ResourcesClaimedEvent("root", "c1", Map.of("VCPU", 2L, "MEMORY_MB", 512L), 4),
                new ResourcesClaimedEvent("child", "c1", Map.of("CUSTOM_GPU", 1L), 2),
                new ConsumerAllocationsChangedEvent("c1", 1, "p", "u", "INSTANCE",
                        Map.of("root", Map.of("VCPU", 2L, "MEMORY_MB", 512L), "child", Map.of("CUSTOM_GPU", 1L))));
        command(new ResourcesClaimedEvent("root", "c1", Map.of("VCPU", 4L, "MEMORY_MB", 512L), 5),
                new ResourcesReleasedEvent("child", "c1", 3),
                new ConsumerAllocationsChangedEvent("c1", 2, "p", "u", "INSTANCE",
                        Map.of("root", Map.of("VCPU", 4L, "MEMORY_MB", 512L))));
        command(new ResourceProviderRenamedEvent("root", "renamed"),
                new InventoryChangedEvent("root", 6, Map.of("VCPU", InventoryRecord.withDefaults(16),
                        "MEMORY_MB", InventoryRecord.withDefaults(4096))));
        command(new ResourcesReleasedEvent("root", "c1", 7), new ConsumerRemovedEvent("c1"));
    }

    @Test
    void replayedTablesEqualTheLiveOnesDigestForDigest() {
        script();
        JdbcTemplate liveDb = ReadModelDatabase.fresh();
        live(liveDb, commands);

        JdbcTemplate replayDb = ReadModelDatabase.fresh();
        ProjectionReplayer replayer = new ProjectionReplayer(replayDb);
        List<EventMessage<?>> all = commands.stream().flatMap(List::stream).toList();
        for (int i = 0; i < all.size(); i += 2) {
            replayer.apply(all.subList(i, Math.min(all.size(), i + 2)));
        }

        List<String> tables = new ReadModelTables().tables();
        assertThat(tables).contains("rp", "allocation", "provider_history", "consumer_history", "custom_trait")
                .doesNotContain("allocation_history");
        for (String table : tables) {
            assertThat(TableDigest.of(replayDb, table)).as(table).isEqualTo(TableDigest.of(liveDb, table));
        }
        assertThat(TableDigest.of(replayDb, "consumer_history").rows()).isEqualTo(2);
        // root's usage through the claims: 2 VCPU, then 4, then nothing after the release.
        assertThat(replayDb.queryForObject("SELECT changes FROM provider_history WHERE rp_uuid = 'root'"
                + " AND name = 'root'", String.class)).contains(":4:MEMORY_MB=512,VCPU=2;", ":5:MEMORY_MB=512,VCPU=4");
    }

    @Test
    void aCommandSplitAcrossBatchesTakesEffectAtItsFirstEventsTime() {
        script();
        JdbcTemplate replayDb = ReadModelDatabase.fresh();
        ProjectionReplayer replayer = new ProjectionReplayer(replayDb);
        List<EventMessage<?>> all = commands.stream().flatMap(List::stream).toList();
        for (EventMessage<?> event : all) {
            replayer.apply(List.of(event));
        }
        // The first claim command's three events span 6 ms; all its history rows start at its first event.
        Instant firstClaim = commands.get(5).get(0).getTimestamp();
        assertThat(replayDb.queryForObject("SELECT changes FROM provider_history WHERE rp_uuid = 'child'",
                String.class)).contains(";" + (firstClaim.toEpochMilli()
                        - commands.get(1).get(0).getTimestamp().toEpochMilli()) + ":2:CUSTOM_GPU=1;");
        assertThat(commands.get(5).get(2).getTimestamp()).isAfter(firstClaim);
        assertThat(replayDb.queryForObject("SELECT valid_from FROM consumer_history WHERE generation = 1",
                java.time.OffsetDateTime.class).toInstant()).isEqualTo(firstClaim);
    }

    @Test
    void digestsTellTablesApart() {
        script();
        JdbcTemplate a = ReadModelDatabase.fresh();
        live(a, commands);
        JdbcTemplate b = ReadModelDatabase.fresh();
        live(b, commands);
        assertThat(TableDigest.of(a, "consumer_history")).isEqualTo(TableDigest.of(b, "consumer_history"));
        b.update("UPDATE consumer_history SET allocations = REPLACE(allocations, 'VCPU=4', 'VCPU=5')");
        assertThat(TableDigest.of(a, "consumer_history").sha256())
                .isNotEqualTo(TableDigest.of(b, "consumer_history").sha256());
    }
}
