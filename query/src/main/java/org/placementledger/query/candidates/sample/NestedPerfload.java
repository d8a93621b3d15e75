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
 * The trees and the query of upstream's gate/gabbits/nested-perfload.yaml, as ../shared/bench loads and
 * asks them (--nested): three request groups, same_subtree, 2 candidates per tree. Used by the
 * start-up warm-up and the bench module (scenario nestedperf-N), so both exercise the merge of several
 * groups that the harness's nested figures measure.
 */
public final class NestedPerfload {

    public static final String CUSTOM_TRAIT = "CUSTOM_FOO";

    private NestedPerfload() {
    }

    /**
     * {@code n} trees: compute node (DISK_GB 20480, COMPUTE_VOLUME_MULTI_ATTACH) -> numa0 (VCPU 4 reserved 2,
     * MEMORY_MB 2048 min 512 step 256) with an FPGA and a VGPU child, and numa1 (VCPU 4, MEMORY_MB 2048 min
     * 256 max 1024, CUSTOM_FOO) with two FPGA children; both NUMA nodes HW_NUMA_ROOT.
     */
    public static IndexState trees(int n) {
        IndexState state = new IndexState();
        state.names().traitCreated(CUSTOM_TRAIT);
        for (int i = 0; i < n; i++) {
            String cn = uuid("cn", i);
            provider(state, cn, null, cn, Map.of("DISK_GB", InventoryRecord.withDefaults(20480)),
                    List.of("COMPUTE_VOLUME_MULTI_ATTACH"));
            String numa0 = uuid("n0", i);
            provider(state, numa0, cn, cn, Map.of("VCPU", new InventoryRecord(4, 2, 1, InventoryRecord.MAX_INT, 1, 1.0),
                    "MEMORY_MB", new InventoryRecord(2048, 0, 512, InventoryRecord.MAX_INT, 256, 1.0)),
                    List.of("HW_NUMA_ROOT"));
            provider(state, uuid("f00", i), numa0, cn, Map.of("FPGA", InventoryRecord.withDefaults(1)), List.of());
            provider(state, uuid("g00", i), numa0, cn, Map.of("VGPU", InventoryRecord.withDefaults(8)), List.of());
            String numa1 = uuid("n1", i);
            provider(state, numa1, cn, cn, Map.of("VCPU", InventoryRecord.withDefaults(4),
                    "MEMORY_MB", new InventoryRecord(2048, 0, 256, 1024, 1, 1.0)),
                    List.of("HW_NUMA_ROOT", CUSTOM_TRAIT));
            provider(state, uuid("f10", i), numa1, cn, Map.of("FPGA", InventoryRecord.withDefaults(1)), List.of());
            provider(state, uuid("f11", i), numa1, cn, Map.of("FPGA", InventoryRecord.withDefaults(1)), List.of());
        }
        return state;
    }

    /**
     * {@code resources=DISK_GB:10&required=COMPUTE_VOLUME_MULTI_ATTACH&resources_COMPUTE=VCPU:1,MEMORY_MB:256
     * &required_COMPUTE=CUSTOM_FOO&resources_FPGA=FPGA:1&group_policy=none&same_subtree=_COMPUTE,_FPGA}
     * at microversion latest with master's default generation options.
     */
    public static FindAllocationCandidatesQuery query(Integer limit) {
        Map<String, Long> compute = new LinkedHashMap<>();
        compute.put("VCPU", 1L);
        compute.put("MEMORY_MB", 256L);
        List<CandidateRequestGroup> groups = List.of(
                group("", Map.of("DISK_GB", 10L), "COMPUTE_VOLUME_MULTI_ATTACH"),
                group("_COMPUTE", compute, CUSTOM_TRAIT),
                group("_FPGA", Map.of("FPGA", 1L), null));
        return new FindAllocationCandidatesQuery(groups, limit, "none", Set.of(), Set.of(),
                List.of(Set.of("_COMPUTE", "_FPGA")), true, CandidateGeneration.DEFAULTS);
    }

    private static CandidateRequestGroup group(String suffix, Map<String, Long> resources, String required) {
        List<Set<String>> traits = new ArrayList<>();
        if (required != null) {
            traits.add(Set.of(required));
        }
        return new CandidateRequestGroup(suffix, resources, traits, new LinkedHashSet<>(), new ArrayList<>(),
                new LinkedHashSet<>(), null);
    }

    private static void provider(IndexState state, String uuid, String parent, String root,
                                 Map<String, InventoryRecord> inventory, List<String> traits) {
        state.providerCreated(uuid, parent, root);
        state.inventoryChanged(uuid, inventory);
        state.traitsChanged(uuid, traits);
    }

    private static String uuid(String kind, int i) {
        return UUID.nameUUIDFromBytes(("perfload-" + kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
