import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark data only (scripts/audit-bench): appends EVENTS events to the event store of a STOPPED
 * server's H2 directory, in the form the ledger itself stores them (Jackson JSON payload and
 * metadata, revision "1", aggregate type and sequence numbers, one correlation id and one
 * millisecond per command), JDBC-batched, so a million-event store takes seconds rather than hours
 * of HTTP. Shape: trees of one root and 8 children (VCPU on each); each consumer claims 1 VCPU on
 * every provider of one tree (9 claims + the consumer's event); every 10th is deleted again.
 * The read models are then built with `java -jar placement-ledger.jar replay`. The write side's
 * lookup tables and the global-index sequence are not advanced: use the store for reads only.
 * Run: java -cp H2_JAR:JACKSON_JARS scripts/AuditStoreGenerator.java DATA_DIR EVENTS
 * Or, for scripts/bench-100k: ... DATA_DIR flat PROVIDERS: root providers as the shared benchmark's
 * loader makes them (inventory, one to three of three traits and of three aggregates), no claims.
 */
public class AuditStoreGenerator {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int TREES = 200, CHILDREN = 8;
    static final String RP = "ResourceProvider";

    final PreparedStatement insert;
    long index, rows;
    long millis = Instant.now().toEpochMilli() - 3_600_000L;
    final Map<String, Long> sequence = new LinkedHashMap<>();
    final Map<String, Long> generation = new LinkedHashMap<>();
    Map<String, Object> meta;

    AuditStoreGenerator(Connection c, long start) throws Exception {
        insert = c.prepareStatement("INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload,"
                + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        index = start;
    }

    void command() {
        String id = UUID.randomUUID().toString();
        meta = Map.of("correlationId", id, "traceId", id, "requestId", "req-" + UUID.randomUUID(), "userId", "bench",
                "projectId", "bench", "roles", "admin", "microversion", "1.39");
        millis++;
    }

    void event(String type, String aggregate, String aggregateType, Object payload) throws Exception {
        long seq = sequence.merge(aggregate, 1L, Long::sum) - 1;
        insert.setLong(1, ++index);
        insert.setString(2, UUID.randomUUID().toString());
        insert.setBytes(3, JSON.writeValueAsBytes(meta));
        insert.setBytes(4, JSON.writeValueAsBytes(payload));
        insert.setString(5, "1");
        insert.setString(6, type);
        insert.setString(7, Instant.ofEpochMilli(millis).toString());
        insert.setString(8, aggregate);
        insert.setLong(9, seq);
        insert.setString(10, aggregateType);
        insert.addBatch();
        if (++rows % 5000 == 0) {
            insert.executeBatch();
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public static void main(String[] args) throws Exception {
        boolean flat = "flat".equals(args[1]);
        long target = Long.parseLong(args[flat ? 2 : 1]);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + "/placement", "sa", "")) {
            c.setAutoCommit(false);
            Long max = null;
            try (var rs = c.createStatement().executeQuery("SELECT MAX(global_index) FROM domain_event_entry")) {
                rs.next();
                max = rs.getLong(1);
            }
            AuditStoreGenerator generator = new AuditStoreGenerator(c, max);
            if (flat) {
                generator.flat(target);
            } else {
                generator.run(target);
            }
            c.commit();
        }
    }

    void run(long target) throws Exception {
        String p = "org.placementledger.api.";
        List<List<String>> trees = new ArrayList<>();
        for (int t = 0; t < TREES; t++) {
            List<String> tree = new ArrayList<>();
            String root = UUID.randomUUID().toString();
            for (int k = 0; k <= CHILDREN; k++) {
                String rp = k == 0 ? root : UUID.randomUUID().toString();
                command();
                event(p + "provider.ResourceProviderCreatedEvent", rp, RP, map("uuid", rp, "name", "bench-" + rp,
                        "parentUuid", k == 0 ? null : root, "rootUuid", root, "generation", 0));
                command();
                event(p + "provider.InventoryChangedEvent", rp, RP, map("uuid", rp, "generation", 1, "inventories",
                        map("VCPU", map("total", 100_000_000L, "reserved", 0, "minUnit", 1, "maxUnit", 1000,
                                "stepSize", 1, "allocationRatio", 1.0))));
                generation.put(rp, 1L);
                tree.add(rp);
            }
            trees.add(tree);
        }
        long consumers = 0;
        while (rows < target) {
            List<String> tree = trees.get((int) (consumers % TREES));
            String consumer = UUID.randomUUID().toString();
            command();
            Map<String, Object> allocations = new LinkedHashMap<>();
            for (String rp : tree) {
                event(p + "allocation.ResourcesClaimedEvent", rp, RP, map("providerUuid", rp, "consumerUuid", consumer,
                        "resources", map("VCPU", 1), "generation", generation.merge(rp, 1L, Long::sum)));
                allocations.put(rp, map("VCPU", 1));
            }
            event(p + "allocation.ConsumerAllocationsChangedEvent", consumer, "Consumer", map("consumerUuid", consumer,
                    "generation", 1, "projectId", "bench", "userId", "bench", "consumerType", "INSTANCE",
                    "allocations", allocations));
            if (++consumers % 10 == 0) {
                command();
                for (String rp : tree) {
                    event(p + "allocation.ResourcesReleasedEvent", rp, RP, map("providerUuid", rp,
                            "consumerUuid", consumer, "generation", generation.merge(rp, 1L, Long::sum)));
                }
                event(p + "allocation.ConsumerRemovedEvent", consumer, "Consumer", map("consumerUuid", consumer));
            }
        }
        insert.executeBatch();
        System.out.println("appended " + rows + " events (" + consumers + " consumers on " + TREES * (CHILDREN + 1)
                + " providers), last position " + index);
    }

    static final List<String> TRAITS = List.of("HW_CPU_X86_AVX2", "HW_CPU_X86_SSE2", "STORAGE_DISK_SSD");
    static final List<String> AGGREGATES = List.of("14a5c8a3-5a99-4e8f-88be-00d85fcb1c17",
            "7b2e4a36-3e39-4a4b-9b1f-8f0b6b9d2c11", "c1f0f3b8-7a5e-4f0e-9c54-2d5e1f3a9b27");

    /** Providers as ../shared/bench/placement_bench.py's flat loader builds them: four commands each. */
    void flat(long providers) throws Exception {
        String p = "org.placementledger.api.provider.";
        for (long i = 0; i < providers; i++) {
            String rp = UUID.randomUUID().toString();
            int n = (int) (i % 3) + 1;
            command();
            event(p + "ResourceProviderCreatedEvent", rp, RP, map("uuid", rp, "name", rp, "parentUuid", null,
                    "rootUuid", rp, "generation", 0));
            command();
            event(p + "InventoryChangedEvent", rp, RP, map("uuid", rp, "generation", 1, "inventories", map(
                    "VCPU", map("total", 32, "reserved", 0, "minUnit", 1, "maxUnit", 16, "stepSize", 1, "allocationRatio", 1.0),
                    "MEMORY_MB", map("total", 8192, "reserved", 0, "minUnit", 128, "maxUnit", 8192, "stepSize", 1,
                            "allocationRatio", 1.0),
                    "DISK_GB", map("total", 8192, "reserved", 0, "minUnit", 5, "maxUnit", 8192, "stepSize", 1,
                            "allocationRatio", 1.0))));
            command();
            event(p + "ProviderTraitsChangedEvent", rp, RP, map("uuid", rp, "generation", 2, "traits", TRAITS.subList(0, n)));
            command();
            event(p + "ProviderAggregatesChangedEvent", rp, RP, map("uuid", rp, "generation", 3,
                    "aggregates", AGGREGATES.subList(0, n)));
        }
        insert.executeBatch();
        System.out.println("appended " + rows + " events (" + providers + " flat providers), last position " + index);
    }
}
