package org.placementledger.server.auth.keystone;

import java.util.Optional;

import org.placementledger.server.auth.Authenticator;
import org.placementledger.server.auth.RequestContext;
import org.placementledger.server.auth.Unauthenticated;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@code keystone} strategy, as keystonemiddleware's auth_token does it: {@code X-Auth-Token} must be
 * a token Keystone confirms (from the cache while its entry lasts); a missing, invalid, expired or revoked
 * token is a 401 that names Keystone in {@code WWW-Authenticate}. The caller's headers (X-Roles,
 * X-Project-Id, ...) are ignored: everything comes from the token.
 */
public final class KeystoneAuth implements Authenticator {

    private final KeystoneClient keystone;
    private final TokenCache cache;
    private final String identityUri;

    public KeystoneAuth(KeystoneClient keystone, TokenCache cache, String identityUri) {
        this.keystone = keystone;
        this.cache = cache;
        this.identityUri = identityUri;
    }

    @Override
    public RequestContext authenticate(HttpServletRequest request) {
        String token = request.getHeader("X-Auth-Token");
        if (token == null || token.isBlank()) {
            throw new Unauthenticated("Authentication required", identityUri);
        }
        Optional<KeystoneToken> known = cache.get(token.strip(), keystone::validate);
        return known.map(KeystoneToken::context)
                .orElseThrow(() -> new Unauthenticated("The request you have made requires authentication.",
                        identityUri));
    }
}
