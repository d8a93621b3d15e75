package org.placementledger.command.allocation;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
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
 * over every consumer and provider it touches, so all its events are stored or none.
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
        AllocationWrite write = new AllocationWrite(providers, consumers, catalogue, command.consumers())
                .lock(List.of())
                .checkConsumerGenerations();
        write.write(write.check(consumer -> "Unable to allocate inventory for consumer " + consumer + ": "));
    }

    @CommandHandler
    public void handle(DeleteAllocationsCommand command) {
        Aggregate<Consumer> consumer = AllocationWrite.loadConsumer(consumers, command.consumerUuid());
        Map<String, Map<String, Long>> held = consumer.invoke(Consumer::allocations);
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
}
