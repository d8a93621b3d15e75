package org.placementledger.api.catalogue;

import java.util.List;

/** The names of a FindUnknownCatalogueNamesQuery that do not exist, each list in the order asked. */
public record UnknownCatalogueNames(List<String> traits,
        List<String> resourceClasses) {
}
