package org.placementledger.server.auth;

import java.util.Set;

/** Who is asking: what the auth layer found in the request (oslo.context's fields that policy reads). */
public record RequestContext(String userId, String projectId, Set<String> roles, boolean systemScope) {

    public static final RequestContext ANONYMOUS = new RequestContext(null, null, Set.of(), false);

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
