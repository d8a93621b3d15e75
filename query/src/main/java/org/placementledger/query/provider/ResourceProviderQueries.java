package org.placementledger.query.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.provider.FindResourceProviderQuery;
import org.placementledger.api.provider.ListResourceProvidersQuery;
import org.placementledger.api.provider.ResourceProviderList;
import org.placementledger.api.provider.ResourceProviderView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers questions about providers from the {@code rp} read model. */
@Component
public class ResourceProviderQueries {

    static final String COLUMNS = "uuid, name, generation, parent_uuid, root_uuid, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final ProviderFilterSql filterSql = new ProviderFilterSql();

    public ResourceProviderQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ResourceProviderView find(FindResourceProviderQuery query) {
        List<ResourceProviderView> found = jdbc.query("SELECT " + COLUMNS + " FROM rp WHERE uuid = ?",
                ResourceProviderQueries::view, query.uuid());
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryHandler
    public ResourceProviderList list(ListResourceProvidersQuery query) {
        ProviderFilterSql.Sql sql = filterSql.build(query.filter());
        return new ResourceProviderList(jdbc.query("SELECT " + COLUMNS + " FROM rp" + sql.where() + " ORDER BY created_at, uuid",
                ResourceProviderQueries::view, sql.args().toArray()));
    }

    static ResourceProviderView view(ResultSet rs, int row) throws SQLException {
        return new ResourceProviderView(rs.getString("uuid"), rs.getString("name"), rs.getLong("generation"),
                rs.getString("parent_uuid"), rs.getString("root_uuid"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
