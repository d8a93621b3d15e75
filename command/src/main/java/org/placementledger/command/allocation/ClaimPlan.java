package org.placementledger.command.allocation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.command.provider.ProviderClaims;

/**
 * A write of allocations seen per provider: what each written consumer is to hold there (empty
 * when it lets go), and whether the provider's generation moves. As in Placement, every provider
 * named in a written allocation is bumped, and so are the providers of a consumer being emptied;
 * a provider a consumer merely moves away from is not.
 */
record ClaimPlan(Map<String, ProviderClaims> byProvider) {

    static ClaimPlan of(List<ConsumerAllocations> requests, Map<String, Map<String, Map<String, Long>>> before) {
        Map<String, Map<String, Map<String, Long>>> wanted = new LinkedHashMap<>();
        Set<String> bumped = new LinkedHashSet<>();
        for (ConsumerAllocations request : requests) {
            String consumer = request.consumerUuid();
            request.allocations().forEach((rp, resources) -> {
                wanted.computeIfAbsent(rp, k -> new LinkedHashMap<>()).put(consumer, resources);
                bumped.add(rp);
            });
            Map<String, Map<String, Long>> held = before.getOrDefault(consumer, Map.of());
            for (String rp : held.keySet()) {
                if (!request.allocations().containsKey(rp)) {
                    wanted.computeIfAbsent(rp, k -> new LinkedHashMap<>()).put(consumer, Map.of());
                    if (request.allocations().isEmpty()) {
                        bumped.add(rp);
                    }
                }
            }
        }
        Map<String, ProviderClaims> byProvider = new LinkedHashMap<>();
        wanted.forEach((rp, claims) -> byProvider.put(rp, new ProviderClaims(claims, bumped.contains(rp))));
        return new ClaimPlan(byProvider);
    }
}
