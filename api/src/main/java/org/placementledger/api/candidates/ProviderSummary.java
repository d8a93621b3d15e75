package org.placementledger.api.candidates;

import java.util.List;
import java.util.Map;

/** A provider of a candidate's tree: capacity and usage of every class it has inventory of, its traits and place in the tree. */
public record ProviderSummary(Map<String, ResourceSummary> resources,
        List<String> traits,
        String parentUuid,
        String rootUuid) {
}
