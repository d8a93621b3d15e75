package org.placementledger.server.auth.keystone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Validated tokens, so that Keystone is not asked on every request: each is kept for the configured TTL
 * but never past its own {@code expires_at}, and the cache holds at most {@code size} of them. Keys are
 * SHA-256 digests, so the cache never holds a usable token. Only valid tokens are kept: a refused one is
 * asked about again (a token created a moment later may be valid). A TTL of 0 turns caching off, so a
 * revocation is seen at once; otherwise a revoked token is still accepted until its entry ends.
 */
public final class TokenCache {

    private final Cache<String, KeystoneToken> cache;
    private final Duration ttl;
    private final Clock clock;

    public TokenCache(Duration ttl, long size, Clock clock, Ticker ticker) {
        this.ttl = ttl;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(size).ticker(ticker)
                .expireAfter(Expiry.creating((String key, KeystoneToken token) -> lifetime(token))).build();
    }

    /** The cached token, else the validator's answer (cached when valid); empty: the token is refused. */
    public Optional<KeystoneToken> get(String token, Function<String, Optional<KeystoneToken>> validator) {
        String key = digest(token);
        KeystoneToken cached = cache.getIfPresent(key);
        if (cached != null && cached.expiresAt().isAfter(clock.instant())) {
            return Optional.of(cached);
        }
        Optional<KeystoneToken> validated = validator.apply(token);
        validated.filter(t -> !lifetime(t).isZero()).ifPresent(t -> cache.put(key, t));
        return validated.filter(t -> t.expiresAt().isAfter(clock.instant()));
    }

    /** How long a token may stay: the TTL, cut to what is left of the token's life. */
    Duration lifetime(KeystoneToken token) {
        Duration left = Duration.between(clock.instant(), token.expiresAt());
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(ttl) < 0 ? left : ttl;
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
