package org.placementledger.server.policy;

import org.placementledger.server.http.Route;
import org.placementledger.server.http.RouteTable;
import org.springframework.stereotype.Component;

/** At startup: every policy rule the route table names is a registered rule (a typo would 500 later). */
@Component
class RoutePolicyCheck {

    RoutePolicyCheck(RouteTable routes, PolicyEngine engine) {
        for (Route route : routes.routes()) {
            if (route.policy() != null && !engine.isRegistered(route.policy())) {
                throw new IllegalStateException("route " + route.method() + " " + route.pattern()
                        + " names policy rule " + route.policy() + ", which is not registered");
            }
        }
    }
}
