package org.placementledger.server.auth.keystone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** How long a validated token is trusted without asking Keystone, on a hand-moved clock. */
class TokenCacheTest {

    private static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

    private final MutableClock time = MutableClock.of(START, ZoneOffset.UTC);
    private final List<String> asked = new ArrayList<>();

    private Function<String, Optional<KeystoneToken>> keystoneKnowing(KeystoneToken token) {
        return presented -> {
            asked.add(presented);
            return presented.equals("good") ? Optional.of(token) : Optional.empty();
        };
    }

    private static KeystoneToken expiringAt(Instant at) {
        return new KeystoneToken("u", "p", Set.of("reader"), false, at);
    }

    @Test
    void validTokenIsAskedAboutOnceWithinTheTtl() {
        TokenCache cache = new TokenCache(Duration.ofSeconds(300), 100, time, ClockTicker.of(time));
        var keystone = keystoneKnowing(expiringAt(START.plus(Duration.ofHours(1))));

        assertThat(cache.get("good", keystone)).isPresent();
        time.add(Duration.ofSeconds(299));
        assertThat(cache.get("good", keystone)).isPresent();

        assertThat(asked).containsExactly("good");
    }

    @Test
    void afterTheTtlKeystoneIsAskedAgain() {
        TokenCache cache = new TokenCache(Duration.ofSeconds(300), 100, time, ClockTicker.of(time));
        var keystone = keystoneKnowing(expiringAt(START.plus(Duration.ofHours(1))));

        cache.get("good", keystone);
        time.add(Duration.ofSeconds(301));
        cache.get("good", keystone);

        assertThat(asked).containsExactly("good", "good");
    }

    @Test
    void entryNeverOutlivesTheTokensOwnExpiry() {
        TokenCache cache = new TokenCache(Duration.ofSeconds(300), 100, time, ClockTicker.of(time));
        KeystoneToken shortLived = expiringAt(START.plus(Duration.ofSeconds(60)));

        assertThat(cache.lifetime(shortLived)).isEqualTo(Duration.ofSeconds(60));
        cache.get("good", keystoneKnowing(shortLived));
        time.add(Duration.ofSeconds(61));
        // Keystone now says the token has expired
        assertThat(cache.get("good", presented -> {
            asked.add(presented);
            return Optional.empty();
        })).isEmpty();
        assertThat(asked).containsExactly("good", "good");
    }

    @Test
    void tokenPastItsExpiryIsRefusedEvenWhenKeystoneReturnsIt() {
        TokenCache cache = new TokenCache(Duration.ofSeconds(300), 100, time, ClockTicker.of(time));

        assertThat(cache.get("good", keystoneKnowing(expiringAt(START.minusSeconds(1))))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void ttlZeroAsksKeystoneEveryTime() {
        TokenCache cache = new TokenCache(Duration.ZERO, 100, time, ClockTicker.of(time));
        var keystone = keystoneKnowing(expiringAt(START.plus(Duration.ofHours(1))));

        cache.get("good", keystone);
        cache.get("good", keystone);

        assertThat(asked).containsExactly("good", "good");
        assertThat(cache.size()).isZero();
    }

    @Test
    void refusedTokensAreNotCached() {
        TokenCache cache = new TokenCache(Duration.ofSeconds(300), 100, time, ClockTicker.of(time));
        var keystone = keystoneKnowing(expiringAt(START.plus(Duration.ofHours(1))));

        assertThat(cache.get("bogus", keystone)).isEmpty();
        assertThat(cache.get("bogus", keystone)).isEmpty();

        assertThat(asked).containsExactly("bogus", "bogus");
    }

    @Test
    void sizeIsBounded() {
        TokenCache cache = new TokenCache(Duration.ofSeconds(300), 2, time, ClockTicker.of(time));
        KeystoneToken token = expiringAt(START.plus(Duration.ofHours(1)));

        for (int i = 0; i < 10; i++) {
            cache.get("token-" + i, presented -> Optional.of(token));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(2);
    }
}
