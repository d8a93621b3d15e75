package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.placementledger.api.catalogue.ResourceClassDeletedEvent;
import org.placementledger.api.catalogue.ResourceClassRenamedEvent;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.catalogue.TraitDeletedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay's in-memory rows come out as the live projections' statements write them (no Spring):
 * the same events once live, once through {@link MemoryReadModels} (then flushed), and every
 * read-model table has the same digest. The script goes through the edge cases of each rule.
 */
class MemoryReadModelsTest {

    private static final InventoryRecord VCPU8 = InventoryRecord.withDefaults(8);
    private static final InventoryRecord MEM = InventoryRecord.withDefaults(4096);
    private static final InventoryRecord DISK = InventoryRecord.withDefaults(100);

    private final EventScript script = new EventScript();

    private void edgeCases() {
        // Custom classes and traits: created, renamed, deleted.
        script.command(new TraitCreatedEvent("CUSTOM_GOLD"), new TraitCreatedEvent("CUSTOM_TEMP"),
                new ResourceClassCreatedEvent(10000, "CUSTOM_GPU"), new ResourceClassCreatedEvent(10001, "CUSTOM_X"));
        script.command(new ResourceClassRenamedEvent(10000, "CUSTOM_FPGA"));
        script.command(new ResourceClassDeletedEvent(10001, "CUSTOM_X"), new TraitDeletedEvent("CUSTOM_TEMP"));
        // Two trees; a grandchild; an unknown provider touched (no row: nothing happens).
        script.command(new ResourceProviderCreatedEvent("root", "root", null, "root", 0),
                new ResourceProviderCreatedEvent("child", "child", "root", "root", 0),
                new ResourceProviderCreatedEvent("grand", "grand", "child", "root", 0),
                new ResourceProviderCreatedEvent("other", "other", null, "other", 0));
        script.command(new InventoryChangedEvent("root", 1, Map.of("VCPU", VCPU8, "MEMORY_MB", MEM)));
        script.command(new InventoryChangedEvent("child", 1, Map.of("CUSTOM_FPGA", InventoryRecord.withDefaults(2))));
        script.command(new InventoryChangedEvent("ghost", 3, Map.of("VCPU", VCPU8)));
        // Traits and aggregates: added, kept, removed; an aggregate change that leaves the generation (< 1.19).
        script.command(new ProviderTraitsChangedEvent("root", 2, Set.of("CUSTOM_GOLD", "HW_CPU_X86_AVX")),
                new ProviderAggregatesChangedEvent("root", 3, List.of("agg1", "agg2", "agg1")));
        script.command(new ProviderTraitsChangedEvent("root", 4, Set.of("CUSTOM_GOLD", "HW_CPU_X86_SSE")));
        script.command(new ProviderAggregatesChangedEvent("root", 4, List.of("agg2")));
        // Claims on two providers; then one changing only one of the classes; a release.
        script.command(new ResourcesClaimedEvent("root", "c1", Map.of("VCPU", 2L, "MEMORY_MB", 512L), 5),
                new ResourcesClaimedEvent("child", "c1", Map.of("CUSTOM_FPGA", 1L), 2),
                new ConsumerAllocationsChangedEvent("c1", 1, "p", "u", "INSTANCE",
                        Map.of("root", Map.of("VCPU", 2L, "MEMORY_MB", 512L), "child", Map.of("CUSTOM_FPGA", 1L))));
        script.command(new ResourcesClaimedEvent("root", "c2", Map.of("VCPU", 1L), 6),
                new ConsumerAllocationsChangedEvent("c2", 1, "p2", "u2", null, Map.of("root", Map.of("VCPU", 1L))));
        script.command(new ResourcesClaimedEvent("root", "c1", Map.of("VCPU", 4L, "MEMORY_MB", 512L), 7),
                new ResourcesReleasedEvent("child", "c1", 3),
                new ConsumerAllocationsChangedEvent("c1", 2, "p", "u3", "MIGRATION",
                        Map.of("root", Map.of("VCPU", 4L, "MEMORY_MB", 512L))));
        // A claim dropping a class, and a class added.
        script.command(new ResourcesClaimedEvent("root", "c1", Map.of("VCPU", 4L), 8),
                new ResourcesClaimedEvent("child", "c1", Map.of("CUSTOM_FPGA", 2L), 4),
                new ConsumerAllocationsChangedEvent("c1", 3, "p", "u3", "MIGRATION",
                        Map.of("root", Map.of("VCPU", 4L), "child", Map.of("CUSTOM_FPGA", 2L))));
        // Inventory: one class changed, one unchanged, one removed, one added; a rename in the same command
        // (the provider changes twice at one instant: a row begun and given a generation at once).
        script.command(new ResourceProviderRenamedEvent("root", "renamed"),
                new InventoryChangedEvent("root", 9, Map.of("VCPU", InventoryRecord.withDefaults(16),
                        "DISK_GB", DISK)));
        script.command(new InventoryChangedEvent("root", 10, Map.of("VCPU", InventoryRecord.withDefaults(16),
                "DISK_GB", DISK, "MEMORY_MB", MEM)));
        // Reparent: the child (and its grandchild) move under the other tree.
        script.command(new ResourceProviderParentChangedEvent("child", "other", "other"));
        script.command(new ResourceProviderParentChangedEvent("grand", null, "grand"));
        // The consumer removed after its releases; another removed with its release lost.
        script.command(new ResourcesReleasedEvent("root", "c1", 11), new ResourcesReleasedEvent("child", "c1", 5),
                new ConsumerRemovedEvent("c1"));
        script.command(new ConsumerRemovedEvent("c2"));
        // A provider deleted with its inventory, traits and aggregates, and created again with the same uuid.
        script.command(new ProviderTraitsChangedEvent("other", 1, Set.of("CUSTOM_GOLD")),
                new ProviderAggregatesChangedEvent("other", 2, List.of("agg3")));
        script.command(new InventoryChangedEvent("grand", 1, Map.of("VCPU", VCPU8)));
        script.command(new ResourceProviderDeletedEvent("grand"));
        script.command(new ResourceProviderCreatedEvent("grand", "again", "other", "other", 0),
                new InventoryChangedEvent("grand", 1, Map.of("DISK_GB", DISK)));
        script.command(new ResourcesClaimedEvent("grand", "c3", Map.of("DISK_GB", 10L), 2),
                new ConsumerAllocationsChangedEvent("c3", 1, "p", "u", "INSTANCE",
                        Map.of("grand", Map.of("DISK_GB", 10L))));
        // A class held on keeps its created_at: the allocation rows that remain have two times.
        script.command(new ResourcesClaimedEvent("grand", "c3", Map.of("DISK_GB", 20L), 3),
                new ConsumerAllocationsChangedEvent("c3", 2, "p", "u", "INSTANCE",
                        Map.of("grand", Map.of("DISK_GB", 20L))));
        script.command(new ResourcesClaimedEvent("grand", "c3", Map.of("DISK_GB", 30L), 4),
                new ConsumerAllocationsChangedEvent("c3", 3, "p", "u", "INSTANCE",
                        Map.of("grand", Map.of("DISK_GB", 30L))));
    }

    /** A provider given 80 generations by claims, one command each. */
    private void busyProvider() {
        script.command(new ResourceProviderCreatedEvent("busy", "busy", null, "busy", 0));
        for (int g = 1; g <= 80; g++) {
            script.command(new ResourcesClaimedEvent("busy", "busy-" + g, Map.of("VCPU", 1L), g),
                    new ConsumerAllocationsChangedEvent("busy-" + g, 1, "p", "u", "INSTANCE",
                            Map.of("busy", Map.of("VCPU", 1L))));
        }
    }

    private static void assertSameTables(JdbcTemplate expected, JdbcTemplate actual) {
        for (String table : new ReadModelTables().tables()) {
            assertThat(TableDigest.of(actual, table)).as(table).isEqualTo(TableDigest.of(expected, table));
        }
    }

    @Test
    void inMemoryRowsFlushedEqualTheLiveTablesDigestForDigest() {
        edgeCases();
        busyProvider();
        JdbcTemplate live = ReadModelDatabase.fresh();
        script.live(live);

        JdbcTemplate replayed = ReadModelDatabase.fresh();
        MemoryReadModels memory = new MemoryReadModels(replayed);
        ProjectionReplayer replayer = new ProjectionReplayer(memory.projections());
        List<EventMessage<?>> all = script.all();
        for (int i = 0; i < all.size(); i += 3) {  // batches of 3: commands straddle them
            replayer.apply(all.subList(i, Math.min(all.size(), i + 3)));
        }
        memory.flush();

        assertSameTables(live, replayed);
        // The script does reach the rules' edge cases (not a vacuous equality of empty tables).
        // The rename's row begun at generation 8, and given 9 at the same instant: its first state is 9.
        assertThat(live.queryForList("SELECT generation FROM provider_history WHERE name = 'renamed'", Long.class))
                .containsExactly(9L);
        // More generations than one row takes: the provider's claims fill rows and go on in new ones.
        assertThat(live.queryForList("SELECT generation FROM provider_history WHERE rp_uuid = 'busy'"
                + " ORDER BY valid_from", Long.class)).containsExactly(0L, 33L, 66L);
        assertThat(live.queryForList("SELECT root_uuid FROM rp WHERE uuid IN ('child', 'grand')", String.class))
                .containsOnly("other");
        assertThat(live.queryForList("SELECT name FROM custom_resource_class", String.class))
                .containsExactly("CUSTOM_FPGA");
        assertThat(live.queryForList("SELECT DISTINCT consumer_uuid FROM allocation"
                + " WHERE consumer_uuid NOT LIKE 'busy-%'", String.class)).containsExactly("c3");
        assertThat(live.queryForObject("SELECT COUNT(*) FROM allocation WHERE created_at < updated_at", Long.class))
                .isEqualTo(1);
        assertThat(live.queryForList("SELECT allocations FROM consumer_history WHERE consumer_uuid = 'c1'"
                + " ORDER BY generation", String.class)).containsExactly(
                        "child:CUSTOM_FPGA=1;root:MEMORY_MB=512,VCPU=2", "root:MEMORY_MB=512,VCPU=4",
                        "child:CUSTOM_FPGA=2;root:VCPU=4");
    }

    @Test
    void eventsAfterTheFlushGoStatementByStatementOntoTheWrittenRows() {
        edgeCases();
        busyProvider();
        JdbcTemplate live = ReadModelDatabase.fresh();
        script.live(live);

        JdbcTemplate replayed = ReadModelDatabase.fresh();
        MemoryReadModels memory = new MemoryReadModels(replayed);
        ProjectionReplayer replayer = new ProjectionReplayer(memory.projections());
        List<EventMessage<?>> all = script.all();
        int half = all.size() / 2;
        replayer.apply(all.subList(0, half));
        memory.flush();
        replayer.use(ProjectionReplayer.jdbc(replayed));
        replayer.apply(all.subList(half, all.size()));

        assertSameTables(live, replayed);
    }

    @Test
    void aMemoryRowThatTheLiveStatementsWouldNotWriteTwiceFailsTheReplay() {
        script.command(new ResourceProviderCreatedEvent("rp", "rp", null, "rp", 0));
        script.command(new ResourceProviderCreatedEvent("rp", "rp", null, "rp", 0));
        MemoryReadModels memory = new MemoryReadModels(ReadModelDatabase.fresh());
        ProjectionReplayer replayer = new ProjectionReplayer(memory.projections());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> replayer.apply(script.all()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("replay failed");
    }
}
