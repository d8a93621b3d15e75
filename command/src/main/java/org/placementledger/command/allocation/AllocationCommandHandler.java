package org.placementledger.command.allocation;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.placementledger.api.allocation.DeleteAllocationsCommand;
import org.placementledger.api.allocation.ReplaceAllocationsCommand;
import org.placementledger.api.error.PlacementException;
import org.placementledger.command.provider.ProviderClaims;
import org.springframework.stereotype.Component;

/**
 * Writes allocations: one request (a PUT for one consumer, a POST for several) is one unit of work
 * over every consumer and provider it touches, so all its events are stored or none.
 */
@Component
public class AllocationCommandHandler {

    private final LedgerRepositories ledger;

    public AllocationCommandHandler(LedgerRepositories ledger) {
        this.ledger = ledger;
    }

    @CommandHandler
    public void handle(ReplaceAllocationsCommand command) {
        AllocationWrite write = new AllocationWrite(ledger, command.consumers())
                .lock(List.of())
                .checkConsumerGenerations();
        // Placement's POST /allocations words a missing class without the consumer (and without a colon).
        write.write(write.check(consumer -> command.manyConsumers() ? "Unable to allocate inventory "
                : "Unable to allocate inventory for consumer " + consumer + ": "));
    }

    @CommandHandler
    public void handle(DeleteAllocationsCommand command) {
        Aggregate<Consumer> consumer = AllocationWrite.loadConsumer(ledger.consumers(), command.consumerUuid());
        Map<String, Map<String, Long>> held = consumer.invoke(Consumer::allocations);
        if (held.isEmpty()) {
            throw PlacementException.notFound("No allocations for consumer '" + command.consumerUuid() + "'");
        }
        for (String rp : new TreeSet<>(held.keySet())) {
            // DELETE does not bump provider generations (Placement's rule).
            ledger.providers().load(rp).execute(p -> p.writeClaims(
                    new ProviderClaims(Map.of(command.consumerUuid(), Map.of()), false)));
        }
        consumer.execute(Consumer::remove);
    }
}
