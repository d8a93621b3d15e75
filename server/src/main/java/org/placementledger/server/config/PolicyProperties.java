package org.placementledger.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * oslo.policy's options ({@code [oslo_policy]} in placement.conf), with today's upstream defaults.
 *
 * @param enforceNewDefaults off: each base rule's deprecated {@code role:admin} fallback is OR'd in
 * @param enforceScope       on: a token of a scope the rule does not list (system, for Placement) is refused
 * @param file               policy file of overrides: a path, or {@code classpath:...}; none when unset
 */
@ConfigurationProperties(prefix = "placement.policy")
public record PolicyProperties(Boolean enforceNewDefaults, Boolean enforceScope, String file) {

    public PolicyProperties {
        enforceNewDefaults = enforceNewDefaults == null || enforceNewDefaults;
        enforceScope = enforceScope == null || enforceScope;
    }
}
