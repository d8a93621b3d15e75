package org.placementledger.api.catalogue;

import java.util.List;

/** Which of these trait and resource class names are neither standard nor custom; answers UnknownCatalogueNames. */
public record FindUnknownCatalogueNamesQuery(List<String> traits,
        List<String> resourceClasses) {
}
