package org.placementledger.server.auth;

import jakarta.servlet.http.HttpServletRequest;

/** An auth strategy: who sent a request, or a refusal (401, or 503 when the identity service is down). */
public interface Authenticator {

    /**
     * The caller's context; null when the request carries no credentials (a plain 401).
     *
     * @throws org.placementledger.api.error.PlacementException when the credentials are refused or cannot be checked
     */
    RequestContext authenticate(HttpServletRequest request);
}
