package org.placementledger.server.auth.keystone;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

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

    private static final Pattern TOKEN_CHARS = Pattern.compile("[\\x21-\\x7e]{1,8192}");

    private final Function<String, Optional<KeystoneToken>> keystone;
    private final TokenCache cache;
    private final String identityUri;

    /** {@code keystone} validates a token ({@link KeystoneClient#validate}); empty when Keystone refuses it. */
    public KeystoneAuth(Function<String, Optional<KeystoneToken>> keystone, TokenCache cache, String identityUri) {
        this.keystone = keystone;
        this.cache = cache;
        this.identityUri = identityUri;
    }

    @Override
    public RequestContext authenticate(HttpServletRequest request) {
        return authenticate(request.getHeader("X-Auth-Token"));
    }

    /** The context of an {@code X-Auth-Token} value (null when absent). */
    public RequestContext authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw new Unauthenticated("Authentication required", identityUri);
        }
        if (!TOKEN_CHARS.matcher(token.strip()).matches()) {
            // Keystone's tokens are printable ASCII; anything else cannot even be sent on to it
            throw new Unauthenticated("The request you have made requires authentication.", identityUri);
        }
        Optional<KeystoneToken> known = cache.get(token.strip(), keystone);
        return known.map(KeystoneToken::context)
                .orElseThrow(() -> new Unauthenticated("The request you have made requires authentication.",
                        identityUri));
    }
}
