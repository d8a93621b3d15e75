package org.placementledger.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The auth settings' defaults and refusals. */
class AuthPropertiesTest {

    private static AuthProperties.Keystone keystone(Duration ttl) {
        return new AuthProperties.Keystone("http://ks/v3/", "placement", "s3cret", "service", null, null, ttl,
                null, null, null);
    }

    @Test
    void noauth2IsTheDefault() {
        assertThat(new AuthProperties(null, null).strategy()).isEqualTo("noauth2");
    }

    @Test
    void unknownStrategyIsRefused() {
        assertThatThrownBy(() -> new AuthProperties("basic", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keystoneNeedsUrlAndServiceCredentials() {
        assertThatThrownBy(() -> new AuthProperties("keystone", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("placement.auth.keystone.url");
    }

    @Test
    void keystoneDefaults() {
        AuthProperties.Keystone settings = new AuthProperties("keystone", keystone(null)).keystone();

        assertThat(settings.url()).isEqualTo("http://ks/v3");
        assertThat(settings.userDomainName()).isEqualTo("Default");
        assertThat(settings.projectDomainName()).isEqualTo("Default");
        assertThat(settings.cacheTtl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(settings.cacheSize()).isEqualTo(10_000);
        assertThat(settings.wwwAuthenticateUri()).isEqualTo("http://ks/v3");
    }

    @Test
    void ttlIsBounded() {
        assertThatThrownBy(() -> keystone(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keystone(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printedSettingsHideThePassword() {
        assertThat(keystone(null).toString()).contains("placement").doesNotContain("s3cret");
    }
}
