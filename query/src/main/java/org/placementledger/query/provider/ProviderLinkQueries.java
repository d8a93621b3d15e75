package org.placementledger.query.provider;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.provider.FindProviderAggregatesQuery;
import org.placementledger.api.provider.FindProviderTraitsQuery;
import org.placementledger.api.provider.ProviderAggregates;
import org.placementledger.api.provider.ProviderTraits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers for a provider's traits and aggregates, with its generation; null for an unknown provider. */
@Component
public class ProviderLinkQueries {

    private final JdbcTemplate jdbc;

    public ProviderLinkQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ProviderTraits traits(FindProviderTraitsQuery query) {
        Long generation = generation(query.uuid());
        if (generation == null) {
            return null;
        }
        List<String> traits = jdbc.queryForList("SELECT trait FROM rp_trait WHERE rp_uuid = ? ORDER BY trait",
                String.class, query.uuid());
        Timestamp newest = jdbc.queryForObject("SELECT MAX(created_at) FROM rp_trait WHERE rp_uuid = ?",
                Timestamp.class, query.uuid());
        Instant lastModified = newest == null ? null : newest.toInstant();
        return new ProviderTraits(generation, traits, lastModified);
    }

    @QueryHandler
    public ProviderAggregates aggregates(FindProviderAggregatesQuery query) {
        Long generation = generation(query.uuid());
        if (generation == null) {
            return null;
        }
        return new ProviderAggregates(generation, jdbc.queryForList(
                "SELECT aggregate_uuid FROM rp_aggregate WHERE rp_uuid = ? ORDER BY aggregate_uuid",
                String.class, query.uuid()));
    }

    private Long generation(String uuid) {
        List<Long> found = jdbc.queryForList("SELECT generation FROM rp WHERE uuid = ?", Long.class, uuid);
        return found.isEmpty() ? null : found.get(0);
    }
}
