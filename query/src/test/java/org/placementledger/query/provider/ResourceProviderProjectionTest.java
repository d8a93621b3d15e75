package org.placementledger.query.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.provider.FindResourceProviderQuery;
import org.placementledger.api.provider.ListResourceProvidersQuery;
import org.placementledger.api.provider.ProviderFilter;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.api.provider.ResourceProviderRenamedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class ResourceProviderProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:01:00Z");

    private ResourceProviderProjection projection;
    private ResourceProviderQueries queries;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = ReadModelDatabase.fresh();
        projection = new ResourceProviderProjection(jdbc);
        queries = new ResourceProviderQueries(jdbc);
    }

    @Test
    void keepsNameTreeAndTimes() {
        projection.on(new ResourceProviderCreatedEvent("a", "root", null, "a", 0), T0);
        projection.on(new ResourceProviderCreatedEvent("b", "child", "a", "a", 0), T0);
        projection.on(new ResourceProviderRenamedEvent("b", "kid"), T1);

        var child = queries.find(new FindResourceProviderQuery("b"));
        assertThat(child.name()).isEqualTo("kid");
        assertThat(child.rootUuid()).isEqualTo("a");
        assertThat(child.createdAt()).isEqualTo(T0);
        assertThat(child.updatedAt()).isEqualTo(T1);
    }

    @Test
    void unparentingMovesTheWholeSubtreeToANewRoot() {
        projection.on(new ResourceProviderCreatedEvent("a", "root", null, "a", 0), T0);
        projection.on(new ResourceProviderCreatedEvent("b", "child", "a", "a", 0), T0);
        projection.on(new ResourceProviderCreatedEvent("c", "grandchild", "b", "a", 0), T0);
        projection.on(new ResourceProviderParentChangedEvent("b", null, "b"), T1);

        assertThat(queries.find(new FindResourceProviderQuery("c")).rootUuid()).isEqualTo("b");
        assertThat(queries.find(new FindResourceProviderQuery("a")).rootUuid()).isEqualTo("a");
        var tree = queries.list(new ListResourceProvidersQuery(
                new ProviderFilter(null, null, null, null, "c", null, null, null)));
        assertThat(tree.providers()).extracting(p -> p.uuid()).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void deletionRemovesTheRow() {
        projection.on(new ResourceProviderCreatedEvent("a", "root", null, "a", 0), T0);
        projection.on(new ResourceProviderDeletedEvent("a"));
        assertThat(queries.find(new FindResourceProviderQuery("a"))).isNull();
    }
}
