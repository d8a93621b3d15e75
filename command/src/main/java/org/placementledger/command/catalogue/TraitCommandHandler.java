package org.placementledger.command.catalogue;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryGateway;
import org.placementledger.api.catalogue.CountProvidersWithTraitQuery;
import org.placementledger.api.catalogue.DeleteTraitCommand;
import org.placementledger.api.catalogue.EnsureTraitCommand;
import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.api.error.PlacementException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Trait commands. The registry decides whether a name is taken; the {@link CustomTrait} aggregate
 * records the change. Standard traits are no aggregates.
 */
@Component
public class TraitCommandHandler {

    private final Repository<CustomTrait> repository;
    private final TraitRegistry registry;
    private final QueryGateway queries;

    public TraitCommandHandler(@Qualifier("customTraitRepository") Repository<CustomTrait> repository,
                               TraitRegistry registry, QueryGateway queries) {
        this.repository = repository;
        this.registry = registry;
        this.queries = queries;
    }

    /** Answers true when the trait was created, false when it existed. */
    @CommandHandler
    public Boolean handle(EnsureTraitCommand command) throws Exception {
        String name = command.name();
        if (!CustomNames.isValid(name)) {
            // standard traits are outside the custom namespace too: Placement refuses them the same way
            throw PlacementException.badRequest(EnsureTraitCommand.INVALID_NAME);
        }
        if (!registry.register(name)) {
            return false;
        }
        repository.loadOrCreate(name, CustomTrait::new).execute(t -> t.create(name));
        return true;
    }

    @CommandHandler
    public void handle(DeleteTraitCommand command) {
        String name = command.name();
        if (StandardCatalogue.isStandardTrait(name)) {
            throw PlacementException.badRequest("Cannot delete standard trait " + name + ".");
        }
        if (!registry.contains(name)) {
            throw PlacementException.notFound("No such trait(s): " + name + ".");
        }
        Long providers = queries.query(new CountProvidersWithTraitQuery(name),
                ResponseTypes.instanceOf(Long.class)).join();
        repository.load(name).execute(t -> t.delete(providers == null ? 0 : providers));
        registry.remove(name);
    }
}
