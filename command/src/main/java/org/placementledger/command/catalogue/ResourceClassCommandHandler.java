package org.placementledger.command.catalogue;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.api.catalogue.CountInventoriesOfClassQuery;
import org.placementledger.api.catalogue.CreateResourceClassCommand;
import org.placementledger.api.catalogue.DeleteResourceClassCommand;
import org.placementledger.api.catalogue.EnsureResourceClassCommand;
import org.placementledger.api.catalogue.RenameResourceClassCommand;
import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Resource class commands, which name classes while the aggregates are keyed by internal id: the
 * registry maps one to the other and refuses taken names. Standard classes are no aggregates, and
 * only names of the custom namespace can be created (standard names are outside it).
 */
@Component
public class ResourceClassCommandHandler {

    private final Repository<CustomResourceClass> repository;
    private final ResourceClassRegistry registry;
    private final QueryGateway queries;

    public ResourceClassCommandHandler(
            @Qualifier("customResourceClassRepository") Repository<CustomResourceClass> repository,
            ResourceClassRegistry registry, QueryGateway queries) {
        this.repository = repository;
        this.registry = registry;
        this.queries = queries;
    }

    @CommandHandler
    public void handle(CreateResourceClassCommand command) throws Exception {
        String name = requireCustom(command.name());
        if (!create(name)) {
            throw PlacementException.conflict("Conflicting resource class already exists: " + name);
        }
    }

    /** Answers true when the class was created, false when it existed. */
    @CommandHandler
    public Boolean handle(EnsureResourceClassCommand command) throws Exception {
        return create(requireCustom(command.name()));
    }

    @CommandHandler
    public void handle(RenameResourceClassCommand command) {
        String name = command.name();
        if (StandardCatalogue.isStandardClass(name)) {
            throw PlacementException.badRequest("Cannot update standard resource class " + name);
        }
        String newName = requireCustom(command.newName());
        int id = idOf(name);
        long inventories = inventoriesOf(name);
        if (!registry.rename(id, newName)) {
            throw PlacementException.conflict("Resource class already exists: " + newName);
        }
        repository.load(String.valueOf(id)).execute(rc -> rc.rename(newName, inventories));
    }

    @CommandHandler
    public void handle(DeleteResourceClassCommand command) {
        String name = command.name();
        if (StandardCatalogue.isStandardClass(name)) {
            throw PlacementException.badRequest(
                    "Error in delete resource class: Cannot delete standard resource class " + name + ".");
        }
        int id = idOf(name);
        long inventories = inventoriesOf(name);
        repository.load(String.valueOf(id)).execute(rc -> rc.delete(inventories));
        registry.remove(id);
    }

    private long inventoriesOf(String name) {
        Long inventories = queries.query(new CountInventoriesOfClassQuery(name),
                ResponseTypes.instanceOf(Long.class)).join();
        return inventories == null ? 0 : inventories;
    }

    private boolean create(String name) throws Exception {
        var id = registry.register(name);
        if (id.isEmpty()) {
            return false;
        }
        int newId = id.getAsInt();
        repository.loadOrCreate(String.valueOf(newId), CustomResourceClass::new)
                .execute(rc -> rc.create(newId, name));
        return true;
    }

    private int idOf(String name) {
        return registry.idOf(name).orElseThrow(
                () -> new ObjectNotFoundException("No such resource class " + name + "."));
    }

    private static String requireCustom(String name) {
        if (!CustomNames.isValid(name)) {
            throw PlacementException.badRequest("Invalid resource class name " + name
                    + ": a custom resource class name must match ^CUSTOM_[A-Z0-9_]+$ and be at most 255 characters.");
        }
        return name;
    }
}
