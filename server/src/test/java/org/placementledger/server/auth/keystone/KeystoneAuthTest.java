package org.placementledger.server.auth.keystone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.server.auth.RequestContext;
import org.placementledger.server.auth.Unauthenticated;
import org.threeten.extra.MutableClock;

/** The keystone strategy's answers: the token's context, or a 401 naming Keystone. */
class KeystoneAuthTest {

    private static final String URI = "http://127.0.0.1:5000/v3";
    private final MutableClock time = MutableClock.of(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private final KeystoneToken alice = new KeystoneToken("alice-id", "demo-id", Set.of("member", "reader"), false,
            time.instant().plus(Duration.ofHours(1)));
    private final KeystoneAuth auth = new KeystoneAuth(
            token -> token.equals("alice-token") ? Optional.of(alice) : Optional.empty(),
            new TokenCache(Duration.ofSeconds(300), 10, time, ClockTicker.of(time)), URI);

    @Test
    void validTokenGivesItsContext() {
        assertThat(auth.authenticate("alice-token"))
                .isEqualTo(new RequestContext("alice-id", "demo-id", Set.of("member", "reader"), false));
    }

    @Test
    void missingTokenIsA401NamingKeystone() {
        assertThatThrownBy(() -> auth.authenticate((String) null)).isInstanceOfSatisfying(Unauthenticated.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHORIZED);
            assertThat(e.wwwAuthenticate()).isEqualTo("Keystone uri=\"" + URI + "\"");
        });
        assertThatThrownBy(() -> auth.authenticate(" ")).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void tokenKeystoneRefusesIsA401() {
        assertThatThrownBy(() -> auth.authenticate("bogus")).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void tokenThatIsNotPrintableAsciiIsA401WithoutAskingKeystone() {
        KeystoneAuth strict = new KeystoneAuth(token -> {
            throw new AssertionError("Keystone must not be asked about " + token);
        }, new TokenCache(Duration.ofSeconds(300), 10, time, ClockTicker.of(time)), URI);

        assertThatThrownBy(() -> strict.authenticate("caf\u00e9")).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> strict.authenticate("a b")).isInstanceOf(Unauthenticated.class);
    }
}
