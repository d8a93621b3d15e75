package org.placementledger.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.springframework.stereotype.Component;

/**
 * Finds the route for a request in Placement's order: unknown path → 404, known path with another
 * method → 405 with {@code Allow}, method outside its microversion window → 404 (or the 405 quirk).
 */
@Component
public class Router {

    /** A matched route with its path parameters. */
    public record Match(Route route, Map<String, String> params) {
    }

    private record PathRoutes(PathPattern pattern, List<Route> routes) {
    }

    private final List<PathRoutes> paths = new ArrayList<>();

    public Router(RouteTable table) {
        Map<String, List<Route>> byPattern = new LinkedHashMap<>();
        for (Route route : table.routes()) {
            byPattern.computeIfAbsent(route.pattern(), p -> new ArrayList<>()).add(route);
        }
        byPattern.forEach((pattern, routes) -> paths.add(new PathRoutes(new PathPattern(pattern), routes)));
    }

    public Match route(String method, String path, Microversion version) {
        for (PathRoutes candidate : paths) {
            Map<String, String> params = candidate.pattern().match(path);
            if (params == null) {
                continue;
            }
            List<Route> sameMethod = candidate.routes().stream().filter(r -> r.method().equals(method)).toList();
            if (sameMethod.isEmpty()) {
                throw new MethodNotAllowed("The method specified is not allowed for this resource.",
                        allow(candidate.routes()));
            }
            for (Route route : sameMethod) {
                if (route.covers(version)) {
                    return new Match(route, params);
                }
            }
            // Outside the microversion window Placement's handler refuses with an empty detail (and, for
            // the 405 quirk, no Allow header).
            if (sameMethod.stream().anyMatch(Route::belowMinimumIs405)) {
                throw new MethodNotAllowed("", null);
            }
            throw new OutsideVersionWindow();
        }
        throw new RouteNotFound();
    }

    private static String allow(List<Route> routes) {
        Set<String> methods = new LinkedHashSet<>();
        routes.forEach(r -> methods.add(r.method()));
        return String.join(", ", methods);
    }

    /** A 405, carrying the Allow header value (null: none). */
    public static final class MethodNotAllowed extends PlacementException {
        private final String allow;

        MethodNotAllowed(String detail, String allow) {
            super(ErrorKind.METHOD_NOT_ALLOWED, org.placementledger.api.error.ErrorCode.UNDEFINED, detail);
            this.allow = allow;
        }

        public String allow() {
            return allow;
        }
    }

    /** A known route asked for below (or above) the microversions that serve it: 404, empty detail. */
    public static final class OutsideVersionWindow extends PlacementException {
        OutsideVersionWindow() {
            super(ErrorKind.NOT_FOUND, org.placementledger.api.error.ErrorCode.UNDEFINED, "");
        }
    }

    /** A path no route knows: Placement answers it outside any handler (no vary header). */
    public static final class RouteNotFound extends PlacementException {
        RouteNotFound() {
            super(ErrorKind.NOT_FOUND, org.placementledger.api.error.ErrorCode.UNDEFINED, "");
        }
    }
}
