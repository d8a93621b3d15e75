package org.placementledger.server.handlers;

import org.placementledger.api.provider.ProviderFilter;
import org.placementledger.server.http.PlacementRequest;
import org.springframework.stereotype.Component;

/**
 * Reads and validates the query parameters of {@code GET /resource_providers} into a
 * {@link ProviderFilter}, per microversion.
 */
@Component
public class ProviderListFilters {

    public ProviderFilter parse(PlacementRequest request) {
        // TODO(issue 2): schema per version, member_of, in_tree, required, resources.
        return new ProviderFilter(request.lastQueryValue("name"), request.lastQueryValue("uuid"), null, null,
                request.lastQueryValue("in_tree"), null, null, null);
    }
}
