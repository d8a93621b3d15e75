package org.placementledger.server.handlers;

import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.springframework.stereotype.Component;

/** Not yet written: each method answers a 404 until its part of issue 2 lands. */
@Component
public class ProviderTraitHandler {

    public PlacementResponse list(PlacementRequest request) {
        throw org.placementledger.api.error.PlacementException.notFound("not implemented yet");
    }

    public PlacementResponse replace(PlacementRequest request) {
        throw org.placementledger.api.error.PlacementException.notFound("not implemented yet");
    }

    public PlacementResponse delete(PlacementRequest request) {
        throw org.placementledger.api.error.PlacementException.notFound("not implemented yet");
    }
}
