package org.placementledger.query.candidates.sample;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.placementledger.api.candidates.CandidateGeneration;
import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.candidates.FindAllocationCandidatesQuery;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.query.candidates.index.IndexState;

/**
 * Hand-built candidate indexes in the shapes of ../shared/bench: flat providers as upstream's placeload
 * makes them, and nested trees (compute node, two NUMA children, two PF grandchildren each), and the
 * perfload query. Used by the start-up warm-up ({@link SampleCandidateQueries}) and the bench module;
 * never part of the real index.
 */
public final class SampleIndexes {

    /** Every provider is in this aggregate, and has HW_CPU_X86_AVX2, as in placeload. */
    public static final String AGGREGATE = "14a5c8a3-5a99-4e8f-88be-00d85fcb1c17";
    public static final String TRAIT = "HW_CPU_X86_AVX2";

    private static final List<String> AGGREGATES = List.of(AGGREGATE,
            "4c6f6e21-7d53-4ab0-a5a2-2ab1e0e5a4f1", "a3e5b1c0-9f1d-4d3e-8e53-7cf8a3f4a001");
    private static final List<String> TRAITS = List.of(TRAIT, "HW_CPU_X86_SSE2", "STORAGE_DISK_SSD");

    private SampleIndexes() {
    }

    /** {@code n} root providers: VCPU 32 (max_unit 16), MEMORY_MB 8192 (min 128), DISK_GB 8192 (min 5). */
    public static IndexState flat(int n) {
        IndexState state = new IndexState();
        for (int i = 0; i < n; i++) {
            String rp = uuid("flat", i);
            state.providerCreated(rp, null, rp);
            state.inventoryChanged(rp, Map.of(
                    "VCPU", new InventoryRecord(32, 0, 1, 16, 1, 1.0),
                    "MEMORY_MB", new InventoryRecord(8192, 0, 128, InventoryRecord.MAX_INT, 1, 1.0),
                    "DISK_GB", new InventoryRecord(8192, 0, 5, InventoryRecord.MAX_INT, 1, 1.0)));
            // like placeload: 1, 2 or 3 of the aggregates / traits, always the first one
            state.aggregatesChanged(rp, AGGREGATES.subList(0, 1 + i % 3));
            state.traitsChanged(rp, TRAITS.subList(0, 1 + i % 3));
        }
        return state;
    }

    /** {@code n} trees: compute node (DISK_GB) -> 2 NUMA nodes (VCPU, MEMORY_MB) -> 2 PFs each (SRIOV_NET_VF). */
    public static IndexState nested(int n) {
        IndexState state = new IndexState();
        for (int i = 0; i < n; i++) {
            String cn = uuid("cn", i);
            state.providerCreated(cn, null, cn);
            state.inventoryChanged(cn, Map.of("DISK_GB", InventoryRecord.withDefaults(20480)));
            state.aggregatesChanged(cn, List.of(AGGREGATE));
            state.traitsChanged(cn, List.of(TRAIT, "COMPUTE_VOLUME_MULTI_ATTACH"));
            for (int numa = 0; numa < 2; numa++) {
                String node = uuid("numa" + numa, i);
                state.providerCreated(node, cn, cn);
                state.inventoryChanged(node, Map.of(
                        "VCPU", InventoryRecord.withDefaults(16),
                        "MEMORY_MB", new InventoryRecord(8192, 0, 256, InventoryRecord.MAX_INT, 256, 1.0)));
                state.traitsChanged(node, List.of("HW_NUMA_ROOT"));
                for (int pf = 0; pf < 2; pf++) {
                    String dev = uuid("pf" + numa + pf, i);
                    state.providerCreated(dev, node, cn);
                    state.inventoryChanged(dev, Map.of("SRIOV_NET_VF", InventoryRecord.withDefaults(8)));
                }
            }
        }
        return state;
    }

    /**
     * The upstream perfload query {@code resources=VCPU:1,DISK_GB:10,MEMORY_MB:256&member_of=<agg>
     * &required=HW_CPU_X86_AVX2} at microversion latest with master's default generation options.
     */
    public static FindAllocationCandidatesQuery perfloadQuery(Integer limit) {
        Map<String, Long> resources = new LinkedHashMap<>();
        resources.put("VCPU", 1L);
        resources.put("DISK_GB", 10L);
        resources.put("MEMORY_MB", 256L);
        List<Set<String>> required = new ArrayList<>(List.of(Set.of(TRAIT)));
        List<Set<String>> memberOf = new ArrayList<>(List.of(Set.of(AGGREGATE)));
        CandidateRequestGroup group = new CandidateRequestGroup("", resources, required, new LinkedHashSet<>(),
                memberOf, new LinkedHashSet<>(), null);
        return new FindAllocationCandidatesQuery(List.of(group), limit, null, Set.of(), Set.of(), List.of(),
                true, CandidateGeneration.DEFAULTS);
    }

    private static String uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
