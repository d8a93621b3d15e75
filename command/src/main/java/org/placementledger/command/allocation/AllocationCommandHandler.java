package org.placementledger.command.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.placementledger.api.allocation.ConsumerAllocations;
import org.placementledger.api.allocation.DeleteAllocationsCommand;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;
import org.placementledger.api.error.PlacementException;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;
import org.placementledger.command.provider.ProviderClaims;
import org.placementledger.command.provider.ResourceProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Writes allocations: one request (a PUT for one consumer, a POST for several) is one unit of work
 * over every consumer and provider it touches, so all its events are stored or none. Aggregates are
 * loaded in a fixed order (consumers, then providers, each by uuid) so that two requests never wait
 * on each other's locks in opposite orders.
 */
@Component
public class AllocationCommandHandler {

    private final Repository<ResourceProvider> providers;
    private final Repository<Consumer> consumers;
    private final ClassAndTraitCatalogue catalogue;

    public AllocationCommandHandler(@Qualifier("resourceProviderRepository") Repository<ResourceProvider> providers,
                                    @Qualifier("consumerRepository") Repository<Consumer> consumers,
                                    ClassAndTraitCatalogue catalogue) {
        this.providers = providers;
        this.consumers = consumers;
        this.catalogue = catalogue;
    }

    @CommandHandler
    public void handle(ReplaceAllocationsCommand command) {
        List<ConsumerAllocations> requests = new ArrayList<>(command.consumers());
        requests.sort(Comparator.comparing(ConsumerAllocations::consumerUuid));
        Map<String, Aggregate<Consumer>> loaded = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Long>>> before = new LinkedHashMap<>();
        for (ConsumerAllocations request : requests) {
            Aggregate<Consumer> consumer = loadConsumer(request.consumerUuid());
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
        ClaimPlan plan = ClaimPlan.of(requests, before);
        checkProvidersExist(plan);
        checkClassesExist(requests);
        writeProviders(plan);
        for (ConsumerAllocations request : requests) {
            Aggregate<Consumer> consumer = loaded.get(request.consumerUuid());
            if (consumer == null) {
                if (!request.allocations().isEmpty()) {
                    newConsumer(request);
                }
            } else {
                consumer.execute(c -> c.write(request.allocations(), request.projectId(), request.userId(),
                        request.consumerType()));
            }
        }
    }

    @CommandHandler
    public void handle(DeleteAllocationsCommand command) {
        Aggregate<Consumer> consumer = loadConsumer(command.consumerUuid());
        Map<String, Map<String, Long>> held = consumer == null ? Map.of() : consumer.invoke(Consumer::allocations);
        if (held.isEmpty()) {
            throw PlacementException.notFound("No allocations for consumer '" + command.consumerUuid() + "'");
        }
        for (String rp : new TreeSet<>(held.keySet())) {
            // DELETE does not bump provider generations (Placement's rule).
            providers.load(rp).execute(p -> p.writeClaims(
                    new ProviderClaims(Map.of(command.consumerUuid(), Map.of()), false)));
        }
        consumer.execute(Consumer::remove);
    }

    private void writeProviders(ClaimPlan plan) {
        for (Map.Entry<String, ProviderClaims> e : new TreeMap<>(plan.byProvider()).entrySet()) {
            providers.load(e.getKey()).execute(p -> p.writeClaims(e.getValue()));
        }
    }

    private void checkProvidersExist(ClaimPlan plan) {
        for (String rp : plan.requestedProviders()) {
            if (!providerExists(rp)) {
                throw PlacementException.badRequest("Allocation for resource provider '" + rp
                        + "' that does not exist.");
            }
        }
    }

    private boolean providerExists(String uuid) {
        try {
            return providers.load(uuid).invoke(ResourceProvider::isLive);
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }

    private void checkClassesExist(List<ConsumerAllocations> requests) {
        for (ConsumerAllocations request : requests) {
            Set<String> classes = new TreeSet<>();
            request.allocations().values().forEach(r -> classes.addAll(r.keySet()));
            for (String rc : classes) {
                if (!catalogue.resourceClassExists(rc)) {
                    throw PlacementException.badRequest("Unable to allocate inventory for consumer "
                            + request.consumerUuid() + ": No such resource class " + rc + ".");
                }
            }
        }
    }

    private Aggregate<Consumer> loadConsumer(String uuid) {
        try {
            return consumers.load(uuid);
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }

    private void newConsumer(ConsumerAllocations request) {
        try {
            consumers.newInstance(() -> new Consumer(request.consumerUuid(), request.allocations(),
                    request.projectId(), request.userId(), request.consumerType()));
        } catch (PlacementException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not create consumer " + request.consumerUuid(), e);
        }
    }
}
