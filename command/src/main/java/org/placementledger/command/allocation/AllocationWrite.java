package org.placementledger.command.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
    private final Map<String, Aggregate<Consumer>> loaded = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Long>>> before = new LinkedHashMap<>();
    private final Map<String, Aggregate<ResourceProvider>> liveProviders = new LinkedHashMap<>();

    AllocationWrite(LedgerRepositories ledger, List<ConsumerAllocations> requests) {
        this.providers = ledger.providers();
        this.consumers = ledger.consumers();
        this.catalogue = ledger.catalogue();
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

    /** Checks that every named provider and class exists; {@code classError} words a missing class. */
    ClaimPlan check(Function<String, String> classError) {
        ClaimPlan plan = ClaimPlan.of(requests, before);
        for (String rp : plan.requestedProviders()) {
            if (!providerExists(rp)) {
                throw PlacementException.badRequest("Allocation for resource provider '" + rp
                        + "' that does not exist.");
            }
        }
        for (ConsumerAllocations request : requests) {
            Set<String> classes = new TreeSet<>();
            request.allocations().values().forEach(r -> classes.addAll(r.keySet()));
            for (String rc : classes) {
                if (!catalogue.resourceClassExists(rc)) {
                    throw PlacementException.badRequest(classError.apply(request.consumerUuid())
                            + "No such resource class " + rc + ".");
                }
            }
        }
        return plan;
    }

    /** Writes the claims on every provider, then every consumer's new holdings. */
    void write(ClaimPlan plan) {
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
