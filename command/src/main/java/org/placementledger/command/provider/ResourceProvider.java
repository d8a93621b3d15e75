package org.placementledger.command.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.AddInventoryCommand;
import org.placementledger.api.provider.CreateResourceProviderCommand;
import org.placementledger.api.provider.DeleteAllInventoriesCommand;
import org.placementledger.api.provider.DeleteInventoryCommand;
import org.placementledger.api.provider.DeleteProviderTraitsCommand;
import org.placementledger.api.provider.DeleteResourceProviderCommand;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ReplaceInventoriesCommand;
import org.placementledger.api.provider.ReplaceProviderAggregatesCommand;
import org.placementledger.api.provider.ReplaceProviderTraitsCommand;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.api.provider.UpdateInventoryCommand;
import org.placementledger.api.provider.UpdateResourceProviderCommand;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * A resource provider: its name, place in a tree, generation, inventory, traits and aggregates.
 * A deleted provider stays an aggregate (flagged deleted) so that its uuid can be used again.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfig.PROVIDER_SNAPSHOTS, cache = ProviderCache.NAME)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ResourceProvider {

    @AggregateIdentifier
    private String uuid;
    private String name;
    private String parentUuid;
    private long generation;
    private boolean deleted;
    private Map<String, InventoryRecord> inventories = new LinkedHashMap<>();
    private Set<String> traits = new LinkedHashSet<>();
    private List<String> aggregates = new ArrayList<>();
    @AggregateMember
    private ProviderAllocations allocations = new ProviderAllocations();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateResourceProviderCommand command, ProviderRegistry registry) {
        if (command.name() == null || command.name().isEmpty()) {
            throw cannotCreate(command, "name is required");
        }
        String root = command.uuid();
        if (command.parentUuid() != null) {
            if (command.parentUuid().equals(command.uuid())) {
                throw cannotCreate(command, "parent provider UUID cannot be same as UUID. "
                        + "Please set parent provider UUID to None if there is no parent.");
            }
            root = registry.rootOf(command.parentUuid())
                    .orElseThrow(() -> cannotCreate(command, "parent provider UUID does not exist."));
        }
        registry.register(command.uuid(), command.name(), command.parentUuid(), root);
        apply(new ResourceProviderCreatedEvent(command.uuid(), command.name(), command.parentUuid(), root, 0));
    }

    private static PlacementException cannotCreate(CreateResourceProviderCommand command, String reason) {
        return PlacementException.badRequest("Unable to create resource provider \"" + command.name() + "\", "
                + command.uuid() + ": Object action create failed because: " + reason);
    }

    @CommandHandler
    void handle(UpdateResourceProviderCommand command, ProviderRegistry registry) {
        requireLive();
        if (!Objects.equals(command.parentUuid(), parentUuid)) {
            changeParent(command, registry);
        }
        if (!command.name().equals(name)) {
            registry.rename(uuid, command.name());
            apply(new ResourceProviderRenamedEvent(uuid, command.name()));
        }
    }

    // Placement's order: unknown parent, re-parenting (before 1.37), loop; or un-parenting (before 1.37).
    private void changeParent(UpdateResourceProviderCommand command, ProviderRegistry registry) {
        String newParent = command.parentUuid();
        String newRoot = uuid;
        if (newParent != null) {
            if (!registry.exists(newParent)) {
                // sic: Placement names the action "create" here
                throw cannotSave("create", "parent provider UUID does not exist.");
            }
            if (parentUuid != null && !command.reparentingAllowed()) {
                throw cannotSave("update", "re-parenting a provider is not currently allowed.");
            }
            if (registry.subtree(uuid).contains(newParent)) {
                throw cannotSave("update", "creating loop in the provider tree is not allowed.");
            }
            newRoot = registry.rootOf(newParent).orElseThrow();
        } else if (!command.reparentingAllowed()) {
            throw cannotSave("update", "un-parenting a provider is not currently allowed.");
        }
        registry.reparent(uuid, newParent, newRoot);
        apply(new ResourceProviderParentChangedEvent(uuid, newParent, newRoot));
    }

    private PlacementException cannotSave(String action, String reason) {
        return PlacementException.badRequest("Unable to save resource provider " + uuid + ": Object action "
                + action + " failed because: " + reason);
    }

    @CommandHandler
    void handle(DeleteResourceProviderCommand command, ProviderRegistry registry) {
        requireLive();
        if (registry.hasChildren(uuid)) {
            throw new PlacementException(org.placementledger.api.error.ErrorKind.CONFLICT,
                    org.placementledger.api.error.ErrorCode.PROVIDER_CANNOT_DELETE_PARENT,
                    "Unable to delete parent resource provider " + uuid + ": It has child resource providers.");
        }
        if (!allocations.isEmpty()) {
            throw PlacementException.conflict(org.placementledger.api.error.ErrorCode.PROVIDER_INUSE,
                    "Unable to delete resource provider " + uuid + ": Resource provider has allocations.");
        }
        registry.remove(uuid);
        apply(new ResourceProviderDeletedEvent(uuid));
    }

    @CommandHandler
    void handle(ReplaceProviderAggregatesCommand command) {
        requireLive();
        if (command.expectedGeneration() == null) {
            apply(new ProviderAggregatesChangedEvent(uuid, generation, List.copyOf(command.aggregates())));
            return;
        }
        Generations.checkProviderChange(generation, command.expectedGeneration());
        apply(new ProviderAggregatesChangedEvent(uuid, generation + 1, List.copyOf(command.aggregates())));
    }

    @CommandHandler
    void handle(ReplaceProviderTraitsCommand command, ClassAndTraitCatalogue catalogue) {
        requireLive();
        Generations.checkProviderChange(generation, command.expectedGeneration());
        List<String> unknown = command.traits().stream().filter(t -> !catalogue.traitExists(t))
                .distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw PlacementException.badRequest("No such trait " + String.join(", ", unknown));
        }
        Set<String> wanted = new LinkedHashSet<>(command.traits());
        if (!wanted.equals(traits)) {
            apply(new ProviderTraitsChangedEvent(uuid, generation + 1, wanted));
        }
    }

    @CommandHandler
    void handle(DeleteProviderTraitsCommand command) {
        requireLive();
        if (!traits.isEmpty()) {
            apply(new ProviderTraitsChangedEvent(uuid, generation + 1, Set.of()));
        }
    }

    @CommandHandler
    void handle(AddInventoryCommand command, ClassAndTraitCatalogue catalogue) {
        requireLive();
        new InventoryRules(uuid, catalogue).checkAdd(inventories, command.resourceClass(), command.inventory(),
                command.zeroCapacityAllowed());
        Map<String, InventoryRecord> next = new LinkedHashMap<>(inventories);
        next.put(command.resourceClass(), command.inventory());
        changeInventory(next);
    }

    @CommandHandler
    void handle(UpdateInventoryCommand command, ClassAndTraitCatalogue catalogue) {
        requireLive();
        Generations.check(generation, command.expectedGeneration());
        new InventoryRules(uuid, catalogue).checkUpdate(inventories, command.resourceClass(), command.inventory(),
                command.zeroCapacityAllowed());
        Map<String, InventoryRecord> next = new LinkedHashMap<>(inventories);
        next.put(command.resourceClass(), command.inventory());
        changeInventory(next);
    }

    @CommandHandler
    void handle(ReplaceInventoriesCommand command, ClassAndTraitCatalogue catalogue) {
        requireLive();
        Generations.check(generation, command.expectedGeneration());
        new InventoryRules(uuid, catalogue).checkReplace(inventories, command.inventories(),
                command.zeroCapacityAllowed(), classesInUse());
        // Placement bumps the generation even when nothing changed.
        changeInventory(new LinkedHashMap<>(command.inventories()));
    }

    @CommandHandler
    void handle(DeleteInventoryCommand command, ClassAndTraitCatalogue catalogue) {
        requireLive();
        new InventoryRules(uuid, catalogue).checkDelete(inventories, command.resourceClass(), classesInUse());
        Map<String, InventoryRecord> next = new LinkedHashMap<>(inventories);
        next.remove(command.resourceClass());
        changeInventory(next);
    }

    @CommandHandler
    void handle(DeleteAllInventoriesCommand command, ClassAndTraitCatalogue catalogue) {
        requireLive();
        new InventoryRules(uuid, catalogue).checkDeleteAll(inventories, classesInUse());
        // Always a bump, even when there was no inventory (Placement does the same).
        changeInventory(Map.of());
    }

    /** Every inventory change is the whole new inventory at the next generation. */
    private void changeInventory(Map<String, InventoryRecord> next) {
        apply(new InventoryChangedEvent(uuid, generation + 1, next));
    }

    /**
     * The classes of this provider that have allocations. HOOK: allocations come with a later issue;
     * until the ledger records any, no class is in use. The inventory rules already act on this set.
     */
    Set<String> classesInUse() {
        Set<String> inUse = new LinkedHashSet<>();
        inventories.keySet().stream().filter(allocations::uses).forEach(inUse::add);
        return inUse;
    }

    /**
     * Records what the consumers of one write of allocations hold here from now on, after
     * Placement's inventory, unit and capacity checks. Called by the allocation command handler,
     * which writes every provider and consumer of a request in one unit of work.
     */
    public void writeClaims(ProviderClaims claims) {
        requireLive();
        Map<String, Map<String, Long>> held = new LinkedHashMap<>();
        claims.byConsumer().forEach((consumer, resources) -> {
            if (!resources.isEmpty()) {
                held.put(consumer, resources);
            }
        });
        AllocationRules.check(uuid, inventories, allocations, held, claims.byConsumer().keySet());
        long next = claims.bumpGeneration() ? generation + 1 : generation;
        claims.byConsumer().forEach((consumer, resources) -> {
            if (!resources.isEmpty()) {
                apply(new ResourcesClaimedEvent(uuid, consumer, Map.copyOf(resources), next));
            } else if (allocations.holds(consumer)) {
                apply(new ResourcesReleasedEvent(uuid, consumer, next));
            }
        });
    }

    /**
     * Placement's check of one allocation record of a write, before anything is written: the
     * allocation command handler calls it for every record in the request's order, so that the
     * first refusal is the one Placement names. {@code runningSum}: this class's amounts on this
     * provider in the request so far, this record's included.
     */
    public void checkClaim(ProviderClaims claims, String rc, long amount, long runningSum) {
        requireLive();
        AllocationRules.checkOne(uuid, inventories, allocations, claims.byConsumer().keySet(), rc, amount, runningSum,
                AllocationRules.sums(claims.byConsumer()).getOrDefault(rc, amount));
    }

    /**
     * A reshape step: the inventory becomes exactly {@code next}, with no capacity check (Placement
     * skips it there); the final step may not drop a class that is still allocated.
     */
    public void reshapeInventory(Map<String, InventoryRecord> next, boolean finalStep) {
        requireLive();
        if (finalStep) {
            List<String> dropped = inventories.keySet().stream()
                    .filter(rc -> !next.containsKey(rc) && allocations.uses(rc)).toList();
            if (!dropped.isEmpty()) {
                throw PlacementException.conflict(org.placementledger.api.error.ErrorCode.INVENTORY_INUSE,
                        "update conflict: Inventory for '" + String.join(", ", dropped) + "' on resource provider '"
                                + uuid + "' in use.");
            }
        }
        apply(new InventoryChangedEvent(uuid, generation + 1, next));
    }

    public long currentGeneration() {
        return generation;
    }

    public Map<String, InventoryRecord> currentInventories() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inventories));
    }

    /** Whether this provider has inventory of at least one of {@code classes}. */
    public boolean hasInventoryOfAny(Set<String> classes) {
        return classes.stream().anyMatch(inventories::containsKey);
    }

    public boolean isLive() {
        return uuid != null && !deleted;
    }

    void requireLive() {
        if (deleted) {
            throw new ObjectNotFoundException("No resource provider with uuid " + uuid + " found");
        }
    }

    String uuid() {
        return uuid;
    }

    long generation() {
        return generation;
    }

    Map<String, InventoryRecord> inventories() {
        return inventories;
    }

    @EventSourcingHandler
    void on(ResourceProviderCreatedEvent event) {
        uuid = event.uuid();
        name = event.name();
        parentUuid = event.parentUuid();
        generation = event.generation();
        deleted = false;
        inventories = new LinkedHashMap<>();
        traits = new LinkedHashSet<>();
        aggregates = new ArrayList<>();
        allocations = new ProviderAllocations();
    }

    @EventSourcingHandler
    void on(ResourceProviderRenamedEvent event) {
        name = event.newName();
    }

    @EventSourcingHandler
    void on(ResourceProviderParentChangedEvent event) {
        parentUuid = event.parentUuid();
    }

    @EventSourcingHandler
    void on(ResourcesClaimedEvent event) {
        generation = event.generation();
    }

    @EventSourcingHandler
    void on(ResourcesReleasedEvent event) {
        generation = event.generation();
    }

    @EventSourcingHandler
    void on(ResourceProviderDeletedEvent event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(InventoryChangedEvent event) {
        generation = event.generation();
        inventories = new LinkedHashMap<>(event.inventories());
    }

    @EventSourcingHandler
    void on(ProviderAggregatesChangedEvent event) {
        generation = event.generation();
        aggregates = new ArrayList<>(event.aggregates());
    }

    @EventSourcingHandler
    void on(ProviderTraitsChangedEvent event) {
        generation = event.generation();
        traits = new LinkedHashSet<>(event.traits());
    }

    // Axon rebuilds the aggregate from its events through this constructor.
    ResourceProvider() {
    }
}
