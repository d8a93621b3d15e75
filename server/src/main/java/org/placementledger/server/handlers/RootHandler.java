package org.placementledger.server.handlers;

import java.util.List;
import java.util.Map;

import org.placementledger.server.http.Microversion;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.http.PlacementResponse;
import org.springframework.stereotype.Component;

/** {@code GET /}: the version document, answered without auth. */
@Component
public class RootHandler {

    public PlacementResponse home(PlacementRequest request) {
        Map<String, Object> version = Map.of(
                "id", "v1.0",
                "min_version", Microversion.MIN.toString(),
                "max_version", Microversion.MAX.toString(),
                "status", "CURRENT",
                "links", List.of(Map.of("rel", "self", "href", "")));
        return PlacementResponse.ok(Map.of("versions", List.of(version)));
    }
}
