package org.placementledger.server.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers are authenticated ({@code [api] auth_strategy} and {@code [keystone_authtoken]} in
 * placement.conf). {@code noauth2} (the default) trusts the headers; {@code keystone} validates
 * {@code X-Auth-Token} against a Keystone v3 endpoint, as keystonemiddleware's auth_token does.
 *
 * @param strategy {@code noauth2} or {@code keystone}
 * @param keystone the Keystone settings, read only for the keystone strategy
 */
@ConfigurationProperties(prefix = "placement.auth")
public record AuthProperties(String strategy, Keystone keystone) {

    public AuthProperties {
        strategy = strategy == null ? "noauth2" : strategy;
        if (!List.of("noauth2", "keystone").contains(strategy)) {
            throw new IllegalArgumentException("placement.auth.strategy must be noauth2 or keystone, not " + strategy);
        }
        keystone = keystone == null ? new Keystone(null, null, null, null, null, null, null, null, null, null)
                : keystone;
        if (strategy.equals("keystone")) {
            keystone.requireComplete();
        }
    }

    /**
     * @param url                 the Keystone v3 endpoint, e.g. {@code http://127.0.0.1:5000/v3}
     * @param username            the service user Placement validates tokens as
     * @param password            its password (never logged)
     * @param projectName         the project its token is scoped to
     * @param userDomainName      the user's domain (default {@code Default})
     * @param projectDomainName   the project's domain (default {@code Default})
     * @param cacheTtl            how long a validated token is trusted without asking Keystone again (default
     *                            300 s, at most 1 h; 0 asks every time); never past the token's own expiry
     * @param cacheSize           how many validated tokens are kept (default 10000)
     * @param timeout             connect and answer time limit for each call to Keystone (default 5 s)
     * @param wwwAuthenticateUri  the {@code uri} of a 401's {@code WWW-Authenticate: Keystone} header
     *                            (keystonemiddleware's {@code www_authenticate_uri}); default: {@code url}
     */
    public record Keystone(String url, String username, String password, String projectName,
                           String userDomainName, String projectDomainName, Duration cacheTtl, Long cacheSize,
                           Duration timeout, String wwwAuthenticateUri) {

        private static final Duration MAX_TTL = Duration.ofHours(1);

        public Keystone {
            url = url == null ? null : url.replaceAll("/+$", "");
            userDomainName = userDomainName == null ? "Default" : userDomainName;
            projectDomainName = projectDomainName == null ? "Default" : projectDomainName;
            cacheTtl = cacheTtl == null ? Duration.ofSeconds(300) : cacheTtl;
            if (cacheTtl.isNegative() || cacheTtl.compareTo(MAX_TTL) > 0) {
                throw new IllegalArgumentException("placement.auth.keystone.cache-ttl must be between 0 and "
                        + MAX_TTL + ", not " + cacheTtl);
            }
            cacheSize = cacheSize == null ? 10_000 : cacheSize;
            if (cacheSize < 0) {
                throw new IllegalArgumentException("placement.auth.keystone.cache-size must not be negative");
            }
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
            wwwAuthenticateUri = wwwAuthenticateUri == null ? url : wwwAuthenticateUri;
        }

        void requireComplete() {
            if (url == null || username == null || password == null || projectName == null) {
                throw new IllegalArgumentException("the keystone auth strategy needs placement.auth.keystone.url, "
                        + ".username, .password and .project-name");
            }
        }

        /** Without the password, so that the settings can be logged or printed. */
        @Override
        public String toString() {
            return "Keystone[url=" + url + ", username=" + username + ", projectName=" + projectName
                    + ", userDomainName=" + userDomainName + ", projectDomainName=" + projectDomainName
                    + ", cacheTtl=" + cacheTtl + ", cacheSize=" + cacheSize + ", timeout=" + timeout + "]";
        }
    }
}
