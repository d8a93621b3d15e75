package org.placementledger.command.allocation;

import org.axonframework.modelling.command.Repository;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;
import org.placementledger.command.provider.ResourceProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** What every allocation write works on: the provider and consumer repositories and the class catalogue. */
@Component
public record LedgerRepositories(@Qualifier("resourceProviderRepository") Repository<ResourceProvider> providers,
                                 @Qualifier("consumerRepository") Repository<Consumer> consumers,
                                 ClassAndTraitCatalogue catalogue) {
}
