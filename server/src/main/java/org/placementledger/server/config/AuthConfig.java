package org.placementledger.server.config;

import java.time.Clock;

import org.placementledger.server.auth.Authenticator;
import org.placementledger.server.auth.NoAuth2;
import org.placementledger.server.auth.keystone.KeystoneAuth;
import org.placementledger.server.auth.keystone.KeystoneClient;
import org.placementledger.server.auth.keystone.TokenCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;

/** The auth strategy of {@code placement.auth.strategy}: noauth2 (default) or keystone. */
@Configuration
public class AuthConfig {

    private static final Logger LOG = LoggerFactory.getLogger(AuthConfig.class);

    @Bean
    Authenticator authenticator(AuthProperties properties, ObjectMapper mapper) {
        if (properties.strategy().equals("noauth2")) {
            return new NoAuth2();
        }
        AuthProperties.Keystone keystone = properties.keystone();
        LOG.info("auth strategy keystone: {}", keystone);
        Clock clock = Clock.systemUTC();
        return new KeystoneAuth(new KeystoneClient(keystone, mapper, clock)::validate,
                new TokenCache(keystone.cacheTtl(), keystone.cacheSize(), clock, Ticker.systemTicker()),
                keystone.wwwAuthenticateUri());
    }
}
