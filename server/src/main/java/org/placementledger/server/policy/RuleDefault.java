package org.placementledger.server.policy;

import java.util.List;

/**
 * A registered rule as oslo.policy's {@code RuleDefault}: its default check string, the token scopes
 * it may be used with (empty: any), and the deprecated check string that is OR'd in while
 * {@code enforce_new_defaults} is off (null: none).
 */
public record RuleDefault(String name, String checkString, List<String> scopeTypes, String deprecatedCheckString) {

    public RuleDefault {
        scopeTypes = List.copyOf(scopeTypes);
    }
}
