package org.placementledger.command.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.error.PlacementException;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;
import org.placementledger.command.provider.ProviderClaims;
import org.placementledger.command.provider.ResourceProvider;

/**
 * One write of allocations for several consumers, in Placement's order of checks: consumer
 * generations, providers exist, classes exist, then every provider's claims and every consumer's
 * new holdings. All of it runs in the caller's unit of work. Every aggregate the write may touch is
 * loaded (and so locked) before anything is checked, in one global order: consumers by uuid, then
 * providers by uuid (those named, those the consumers held, and any the caller adds). Concurrent
 * writes therefore never wait on each other in a cycle.
 */
final class AllocationWrite {

    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final ClassAndTraitCatalogue catalogue;
    private final List<ConsumerAllocations> requests;
    /** The consumers as the request lists them: Placement checks and reports in this order. */
    private final List<ConsumerAllocations> inRequestOrder;
    private final Map<String, Aggregate<Consumer>> loaded = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Long>>> before = new LinkedHashMap<>();
    private final Map<String, Aggregate<ResourceProvider>> liveProviders = new LinkedHashMap<>();

    AllocationWrite(LedgerRepositories ledger, List<ConsumerAllocations> requests) {
        this.providers = ledger.providers();
        this.consumers = ledger.consumers();
        this.catalogue = ledger.catalogue();
        this.inRequestOrder = List.copyOf(requests);
        this.requests = new ArrayList<>(requests);
        this.requests.sort(Comparator.comparing(ConsumerAllocations::consumerUuid));
    }

    /** Loads every consumer, then every provider of the write plus {@code moreProviders}; nothing is checked yet. */
    AllocationWrite lock(Collection<String> moreProviders) {
        Set<String> touched = new TreeSet<>(moreProviders);
        for (ConsumerAllocations request : requests) {
            Aggregate<Consumer> consumer = loadConsumer(consumers, request.consumerUuid());
            Map<String, Map<String, Long>> held = consumer.invoke(Consumer::allocations);
            loaded.put(request.consumerUuid(), consumer);
            before.put(request.consumerUuid(), held);
            touched.addAll(held.keySet());
            touched.addAll(request.allocations().keySet());
        }
        for (String rp : touched) {
            Aggregate<ResourceProvider> provider = loadProvider(providers, rp);
            if (provider != null && provider.invoke(ResourceProvider::isLive)) {
                liveProviders.put(rp, provider);
            }
        }
        return this;
    }

    /** Placement's consumer generation rule (1.28) for every consumer that asks for it. */
    AllocationWrite checkConsumerGenerations() {
        for (ConsumerAllocations request : requests) {
            if (request.generationChecked()) {
                loaded.get(request.consumerUuid()).execute(c -> c.checkGeneration(request.expectedGeneration()));
            }
        }
        return this;
    }

    /** Whether a provider loaded by {@link #lock} exists and is not deleted. */
    boolean providerExists(String uuid) {
        return liveProviders.containsKey(uuid);
    }

    /** A provider loaded by {@link #lock}. */
    Aggregate<ResourceProvider> provider(String uuid) {
        return liveProviders.get(uuid);
    }

    /**
     * Checks, in the request's order, that every named provider and class exists; {@code classError}
     * words a missing class.
     */
    ClaimPlan check(Function<String, String> classError) {
        ClaimPlan plan = ClaimPlan.of(requests, before);
        for (String rp : namedProviders()) {
            if (!providerExists(rp)) {
                throw PlacementException.badRequest("Allocation for resource provider '" + rp
                        + "' that does not exist.");
            }
        }
        Map<String, String> namedBy = new LinkedHashMap<>();
        inRequestOrder.forEach(request -> request.allocations().values().forEach(
                resources -> resources.keySet().forEach(rc -> namedBy.putIfAbsent(rc, request.consumerUuid()))));
        namedBy.forEach((rc, consumer) -> {
            if (!catalogue.resourceClassExists(rc)) {
                throw PlacementException.badRequest(classError.apply(consumer) + "No such resource class " + rc + ".");
            }
        });
        return plan;
    }

    /**
     * Placement refuses a write naming a provider with no inventory of any class of the request
     * before it looks at single allocations, and names every class of the request (by class id).
     */
    private void checkSomeInventory(Set<String> named, Set<String> classes) {
        List<String> without = named.stream()
                .filter(rp -> !liveProviders.get(rp).invoke(p -> p.hasInventoryOfAny(classes))).toList();
        if (!without.isEmpty()) {
            throw PlacementException.conflict("Unable to allocate inventory: Inventory for '"
                    + String.join(", ", ClassOrder.byId(classes)) + "' on resource provider '"
                    + String.join(", ", without) + "' invalid.");
        }
    }

    private Set<String> namedProviders() {
        Set<String> named = new LinkedHashSet<>();
        inRequestOrder.forEach(request -> named.addAll(request.allocations().keySet()));
        return named;
    }

    /** Every allocation record checked in the order Placement checks them, before any provider is written. */
    private void checkRecordsInRequestOrder(ClaimPlan plan) {
        Map<String, Map<String, Long>> running = new HashMap<>();
        for (ConsumerAllocations request : inRequestOrder) {
            request.allocations().forEach((rp, resources) -> resources.forEach((rc, amount) -> {
                long sum = running.computeIfAbsent(rp, k -> new HashMap<>()).merge(rc, amount, Long::sum);
                liveProviders.get(rp).execute(p -> p.checkClaim(plan.byProvider().get(rp), rc, amount, sum));
            }));
        }
    }

    /**
     * Checks every record in Placement's order, then writes the claims on every provider (by uuid, the
     * events' order since the first release), then every consumer's new holdings.
     */
    void write(ClaimPlan plan) {
        // Placement's set of classes also holds what the consumers being emptied held (written as 0).
        Set<String> classes = new LinkedHashSet<>();
        inRequestOrder.forEach(request -> (request.allocations().isEmpty()
                ? before.getOrDefault(request.consumerUuid(), Map.of()) : request.allocations())
                .values().forEach(r -> classes.addAll(r.keySet())));
        checkSomeInventory(namedProviders(), classes);
        checkRecordsInRequestOrder(plan);
        for (Map.Entry<String, ProviderClaims> e : new TreeMap<>(plan.byProvider()).entrySet()) {
            liveProviders.get(e.getKey()).execute(p -> p.writeClaims(e.getValue()));
        }
        for (ConsumerAllocations request : requests) {
            loaded.get(request.consumerUuid()).execute(c -> c.write(request.consumerUuid(), request.allocations(),
                    request.projectId(), request.userId(), request.consumerType()));
        }
    }

    /**
     * The consumer, or a new empty one (which stores nothing unless it is written). Loading this
     * way also locks the uuid of a consumer that does not exist yet, so two first writes of one
     * consumer on this node run one after the other.
     */
    static Aggregate<Consumer> loadConsumer(Repository<Consumer> consumers, String uuid) {
        try {
            return consumers.loadOrCreate(uuid, Consumer::new);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not load consumer " + uuid, e);
        }
    }

    static Aggregate<ResourceProvider> loadProvider(Repository<ResourceProvider> providers, String uuid) {
        try {
            return providers.load(uuid);
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }
}
