package org.placementledger.server.auth;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.springframework.stereotype.Component;

/**
 * Checks a route's policy rule for the caller. Until the policy engine lands (its own issue), the
 * admin role may do everything and everyone else is refused.
 */
@Component
public class PolicyEnforcer {

    public void enforce(String rule, RequestContext context) {
        if (rule == null || context.hasRole("admin")) {
            return;
        }
        // --- audit hook (issue 6), to be folded into the policy engine: "audit:*" rules also allow the
        // read-only auditor role. ---
        if (rule.startsWith("audit:") && context.hasRole("auditor")) {
            return;
        }
        // --- end of audit hook ---
        throw new PlacementException(ErrorKind.FORBIDDEN, ErrorCode.UNDEFINED,
                "Policy does not allow " + rule + " to be performed.");
    }
}
