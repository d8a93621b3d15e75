package org.placementledger.command.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.ConsumerAllocationsChangedEvent;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;

/** Short ways to write allocation commands and events in the write-side tests. */
final class Claims {

    static final String RP1 = "11111111-1111-1111-1111-111111111111";
    static final String RP2 = "22222222-2222-2222-2222-222222222222";
    static final String C1 = "c1c1c1c1-0000-0000-0000-000000000001";
    static final String C2 = "c2c2c2c2-0000-0000-0000-000000000002";

    private Claims() {
    }

    /** Resources on one provider: {@code on(RP1, "VCPU", 2L, "DISK_GB", 10L)}. */
    static Map<String, Map<String, Long>> on(String rp, Object... classAndAmount) {
        Map<String, Long> resources = new LinkedHashMap<>();
        for (int i = 0; i < classAndAmount.length; i += 2) {
            resources.put((String) classAndAmount[i], ((Number) classAndAmount[i + 1]).longValue());
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put(rp, resources);
        return out;
    }

    /** Several providers' resources together. */
    @SafeVarargs
    static Map<String, Map<String, Long>> all(Map<String, Map<String, Long>>... parts) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (Map<String, Map<String, Long>> part : parts) {
            out.putAll(part);
        }
        return out;
    }

    /** A write below 1.28: no consumer generation checked, type left as it is. */
    static ConsumerAllocations legacy(String consumer, Map<String, Map<String, Long>> allocations) {
        return new ConsumerAllocations(consumer, allocations, "proj", "user", null, null, false);
    }

    /** A write from 1.28 with the generation the client saw (null: "a new consumer"). */
    static ConsumerAllocations checked(String consumer, Long generation, Map<String, Map<String, Long>> allocations) {
        return new ConsumerAllocations(consumer, allocations, "proj", "user", null, generation, true);
    }

    static ReplaceAllocationsCommand replace(ConsumerAllocations... consumers) {
        return new ReplaceAllocationsCommand(List.of(consumers));
    }

    static ConsumerAllocationsChangedEvent consumerHolds(String consumer, long generation,
                                                         Map<String, Map<String, Long>> allocations) {
        return new ConsumerAllocationsChangedEvent(consumer, generation, "proj", "user", null, allocations);
    }
}
