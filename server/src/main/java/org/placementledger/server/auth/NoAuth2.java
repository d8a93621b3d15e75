package org.placementledger.server.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Placement's {@code noauth2} strategy, for development and tests: {@code X-Auth-Token: user[:project]},
 * roles from {@code X-Roles} (or {@code admin} for the user admin), {@code OpenStack-System-Scope}
 * for system scope, {@code X-Project-Id} overriding the project.
 */
public final class NoAuth2 implements Authenticator {

    /** The caller's context, or null when the request carries no token. */
    @Override
    public RequestContext authenticate(HttpServletRequest request) {
        String token = request.getHeader("X-Auth-Token");
        if (token == null) {
            return null;
        }
        int colon = token.indexOf(':');
        String user = colon < 0 ? token : token.substring(0, colon);
        String project = colon < 0 || colon == token.length() - 1 ? user : token.substring(colon + 1);
        Set<String> roles = new LinkedHashSet<>();
        String rolesHeader = request.getHeader("X-Roles");
        if (rolesHeader != null) {
            Arrays.stream(rolesHeader.split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(roles::add);
        } else if (user.equals("admin")) {
            roles.add("admin");
        }
        String explicitProject = request.getHeader("X-Project-Id");
        if (explicitProject != null && !explicitProject.isEmpty()) {
            project = explicitProject;
        }
        String scope = request.getHeader("OpenStack-System-Scope");
        boolean system = scope != null && !scope.isEmpty();
        return new RequestContext(user, system ? null : project, Set.copyOf(roles), system);
    }
}
