package org.placementledger.command.provider;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provider aggregates stay in memory between commands (Axon's caching repository), so a claim does not
 * read the provider's snapshot and events again. A command that fails rolls back and drops the
 * provider from the cache. At most {@code placement.provider-cache-size} providers (20,000) are kept,
 * the least recently used leave first. Safe with one node, which is all the H2 default allows. With several nodes
 * on one database a cached provider may miss another node's events: a write made on it then collides
 * in the event store and is retried from the store, but a claim refused on the stale state would be
 * refused wrongly once; so the postgres profile turns it off ({@code placement.provider-cache}).
 */
@Configuration
public class ProviderCache {

    public static final String NAME = "providerAggregateCache";

    @Bean(NAME)
    Cache providerCache(@Value("${placement.provider-cache:true}") boolean enabled,
                        @Value("${placement.provider-cache-size:20000}") long size) {
        return enabled ? new BoundedCache(size) : NoCache.INSTANCE;
    }
}
