package org.placementledger.server.auth.keystone;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.placementledger.server.auth.RequestContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Placement reads from a Keystone v3 token (the body of {@code GET /v3/auth/tokens}): the fields
 * keystonemiddleware turns into {@code X-User-Id}, {@code X-Project-Id}, {@code X-Roles} and
 * {@code OpenStack-System-Scope}. Keystone lists implied roles (admin ⇒ member ⇒ reader) in the
 * token's {@code roles} already, so the role names are taken as they come.
 *
 * @param projectId null for a system- or domain-scoped (or unscoped) token
 */
public record KeystoneToken(String userId, String projectId, Set<String> roles, boolean systemScope,
                            Instant expiresAt) {

    public KeystoneToken {
        roles = Set.copyOf(roles);
    }

    /** The token of a validation answer; an answer without a user or expiry is malformed. */
    public static KeystoneToken fromJson(JsonNode body) {
        JsonNode token = body.path("token");
        String userId = text(token.path("user").path("id"));
        String expires = text(token.path("expires_at"));
        if (userId == null || expires == null) {
            throw new IllegalArgumentException("Keystone's token has no user id or expires_at");
        }
        Instant expiresAt;
        try {
            expiresAt = Instant.parse(expires);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Keystone's token has an unreadable expires_at", e);
        }
        Set<String> roles = new LinkedHashSet<>();
        token.path("roles").forEach(role -> {
            String name = text(role.path("name"));
            if (name != null) {
                roles.add(name);
            }
        });
        boolean system = token.path("system").path("all").asBoolean(false);
        String projectId = system ? null : text(token.path("project").path("id"));
        return new KeystoneToken(userId, projectId, roles, system, expiresAt);
    }

    public RequestContext context() {
        return new RequestContext(userId, projectId, roles, systemScope);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }
}
