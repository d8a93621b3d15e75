package org.placementledger.command.allocation;

import java.util.ArrayList;
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
 * new holdings. All of it runs in the caller's unit of work. Consumers are loaded by uuid order,
 * then providers by uuid order, so that concurrent writes take aggregate locks in one order.
 */
final class AllocationWrite {

    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final ClassAndTraitCatalogue catalogue;
    private final List<ConsumerAllocations> requests;
    private final Map<String, Aggregate<Consumer>> loaded = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Long>>> before = new LinkedHashMap<>();

    AllocationWrite(Repository<ResourceProvider> providers, Repository<Consumer> consumers,
                    ClassAndTraitCatalogue catalogue, List<ConsumerAllocations> requests) {
        this.providers = providers;
        this.consumers = consumers;
        this.catalogue = catalogue;
        this.requests = new ArrayList<>(requests);
        this.requests.sort(Comparator.comparing(ConsumerAllocations::consumerUuid));
    }

    /** Loads the consumers and checks their generations (1.28); nothing is changed yet. */
    AllocationWrite loadConsumers() {
        for (ConsumerAllocations request : requests) {
            Aggregate<Consumer> consumer = loadConsumer(consumers, request.consumerUuid());
            if (request.generationChecked()) {
                if (consumer == null) {
                    if (request.expectedGeneration() != null) {
                        Consumer.absentGenerationConflict(request.expectedGeneration());
                    }
                } else {
                    consumer.execute(c -> c.checkGeneration(request.expectedGeneration()));
                }
            }
            loaded.put(request.consumerUuid(), consumer);
            before.put(request.consumerUuid(), consumer == null ? Map.of() : consumer.invoke(Consumer::allocations));
        }
        return this;
    }

    /** Checks that every named provider and class exists; {@code classError} words a missing class. */
    ClaimPlan check(Function<String, String> classError) {
        ClaimPlan plan = ClaimPlan.of(requests, before);
        for (String rp : plan.requestedProviders()) {
            if (!providerExists(providers, rp)) {
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
            providers.load(e.getKey()).execute(p -> p.writeClaims(e.getValue()));
        }
        for (ConsumerAllocations request : requests) {
            Aggregate<Consumer> consumer = loaded.get(request.consumerUuid());
            if (consumer != null) {
                consumer.execute(c -> c.write(request.allocations(), request.projectId(), request.userId(),
                        request.consumerType()));
            } else if (!request.allocations().isEmpty()) {
                create(request);
            }
        }
    }

    private void create(ConsumerAllocations request) {
        try {
            consumers.newInstance(() -> new Consumer(request.consumerUuid(), request.allocations(),
                    request.projectId(), request.userId(), request.consumerType()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not create consumer " + request.consumerUuid(), e);
        }
    }

    static Aggregate<Consumer> loadConsumer(Repository<Consumer> consumers, String uuid) {
        try {
            return consumers.load(uuid);
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }

    static boolean providerExists(Repository<ResourceProvider> providers, String uuid) {
        try {
            return providers.load(uuid).invoke(ResourceProvider::isLive);
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
