package org.placementledger.server.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.server.auth.RequestContext;

/** The caller as policy sees it: oslo.context's {@code to_policy_values()} of a request context. */
final class Credentials {

    private Credentials() {
    }

    static Map<String, Object> of(RequestContext caller) {
        Map<String, Object> creds = new HashMap<>();
        creds.put("user_id", caller.userId());
        creds.put("project_id", caller.projectId());
        creds.put("roles", List.copyOf(caller.roles()));
        String systemScope = caller.systemScope() ? "all" : null;
        creds.put("system_scope", systemScope);
        if (systemScope != null) {
            // oslo.policy mirrors system_scope into the older "system" key
            creds.put("system", systemScope);
        }
        creds.put("domain_id", null);
        creds.put("user_domain_id", null);
        creds.put("project_domain_id", null);
        creds.put("is_admin_project", Boolean.TRUE);
        return creds;
    }

    /** system, domain or project, as oslo.policy's {@code _enforce_scope} decides it. */
    static String tokenScope(Map<String, Object> creds) {
        if (creds.get("system") != null) {
            return "system";
        }
        return creds.get("domain_id") != null ? "domain" : "project";
    }
}
