package org.placementledger.command.allocation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.placementledger.api.allocation.InventoryReplacement;
import org.placementledger.api.allocation.ReshapeCommand;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.command.provider.ResourceProvider;
import org.springframework.stereotype.Component;

/**
 * {@code POST /reshaper}: inventories and allocations of many providers changed in one unit of work,
 * as Placement does it: interim inventory (old and new together), then the allocations, then the
 * final inventory, each provider's generation moving at each step.
 */
@Component
public class ReshapeCommandHandler {

    private final LedgerRepositories ledger;

    public ReshapeCommandHandler(LedgerRepositories ledger) {
        this.ledger = ledger;
    }

    @CommandHandler
    public void handle(ReshapeCommand command) {
        Map<String, InventoryReplacement> inventories = new TreeMap<>(command.inventories());
        // Every aggregate is locked first, in the order every allocation write uses.
        AllocationWrite write = new AllocationWrite(ledger, command.allocations())
                .lock(inventories.keySet());
        inventories.forEach((rp, replacement) -> {
            if (!write.providerExists(rp)) {
                throw PlacementException.badRequest(ErrorCode.PROVIDER_NOT_FOUND, "Resource provider " + rp
                        + " in inventories not found: No resource provider with uuid " + rp + " found");
            }
            long actual = write.provider(rp).invoke(ResourceProvider::currentGeneration);
            if (actual != replacement.expectedGeneration()) {
                throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE,
                        "resource provider generation conflict for provider " + rp + ": actual: " + actual
                                + ", given: " + replacement.expectedGeneration());
            }
            replacement.inventories().keySet().forEach(rc -> {
                if (!ledger.catalogue().resourceClassExists(rc)) {
                    throw PlacementException.badRequest("malformed reshaper data: No such resource class " + rc + ".");
                }
            });
        });
        ClaimPlan plan = write.checkConsumerGenerations().check(consumer -> "malformed reshaper data: ");
        inventories.forEach((rp, replacement) -> {
            if (!replacement.inventories().isEmpty()) {
                write.provider(rp).execute(p -> {
                    Map<String, InventoryRecord> interim = new LinkedHashMap<>(p.currentInventories());
                    interim.putAll(replacement.inventories());
                    p.reshapeInventory(interim, false);
                });
            }
        });
        write.write(plan);
        inventories.forEach((rp, replacement) -> write.provider(rp).execute(
                p -> p.reshapeInventory(new LinkedHashMap<>(replacement.inventories()), true)));
    }
}
