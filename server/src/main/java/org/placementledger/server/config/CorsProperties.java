package org.placementledger.server.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * oslo.middleware's CORS options ({@code [cors]} in placement.conf), with the defaults Placement sets.
 * CORS is on only when {@code allowed-origin} names at least one origin ({@code *} for any).
 */
@ConfigurationProperties(prefix = "placement.cors")
public record CorsProperties(List<String> allowedOrigin, Boolean allowCredentials, List<String> exposeHeaders,
                             Integer maxAge, List<String> allowMethods, List<String> allowHeaders) {

    public CorsProperties {
        allowedOrigin = allowedOrigin == null ? List.of() : List.copyOf(allowedOrigin);
        allowCredentials = allowCredentials == null || allowCredentials;
        exposeHeaders = exposeHeaders != null ? List.copyOf(exposeHeaders) : List.of("X-Auth-Token",
                "X-Openstack-Request-Id", "X-Subject-Token", "X-Service-Token", "OpenStack-API-Version");
        maxAge = maxAge == null ? 3600 : maxAge;
        allowMethods = allowMethods != null ? List.copyOf(allowMethods) : List.of("GET", "PUT", "POST", "DELETE",
                "PATCH");
        allowHeaders = allowHeaders != null ? List.copyOf(allowHeaders) : List.of("X-Auth-Token",
                "X-Openstack-Request-Id", "X-Identity-Status", "X-Roles", "X-Service-Catalog", "X-User-Id",
                "X-Tenant-Id", "OpenStack-API-Version");
    }

    public boolean enabled() {
        return !allowedOrigin.isEmpty();
    }
}
