package org.placementledger.server.auth;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;

/**
 * A 401 that tells the client where to get a token: keystonemiddleware's
 * {@code WWW-Authenticate: Keystone uri="…"} header (null when the strategy has no identity service).
 */
public class Unauthenticated extends PlacementException {

    private final transient String wwwAuthenticate;

    public Unauthenticated(String message, String identityUri) {
        super(ErrorKind.UNAUTHORIZED, ErrorCode.UNDEFINED, message);
        this.wwwAuthenticate = identityUri == null ? null : "Keystone uri=\"" + identityUri + "\"";
    }

    public String wwwAuthenticate() {
        return wwwAuthenticate;
    }
}
