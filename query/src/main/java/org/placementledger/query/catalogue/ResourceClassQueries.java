package org.placementledger.query.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.catalogue.CountInventoriesOfClassQuery;
import org.placementledger.api.catalogue.FindResourceClassQuery;
import org.placementledger.api.catalogue.ListResourceClassesQuery;
import org.placementledger.api.catalogue.ResourceClassList;
import org.placementledger.api.catalogue.ResourceClassView;
import org.placementledger.api.catalogue.StandardCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers questions about resource classes: the standard list, then {@code custom_resource_class}. */
@Component
public class ResourceClassQueries {

    private final JdbcTemplate jdbc;
    private final ServerStart start;

    public ResourceClassQueries(JdbcTemplate jdbc, ServerStart start) {
        this.jdbc = jdbc;
        this.start = start;
    }

    /** Standard classes first in canonical order (their ids 0..20), then custom ones by id, as Placement lists them. */
    @QueryHandler
    public ResourceClassList list(ListResourceClassesQuery query) {
        List<ResourceClassView> classes = new ArrayList<>();
        StandardCatalogue.resourceClasses().forEach(name -> classes.add(standard(name)));
        classes.addAll(jdbc.query("SELECT name, created_at, updated_at FROM custom_resource_class ORDER BY id",
                ResourceClassQueries::custom));
        return new ResourceClassList(classes);
    }

    @QueryHandler
    public ResourceClassView find(FindResourceClassQuery query) {
        if (StandardCatalogue.isStandardClass(query.name())) {
            return standard(query.name());
        }
        return jdbc.query("SELECT name, created_at, updated_at FROM custom_resource_class WHERE name = ?",
                ResourceClassQueries::custom, query.name()).stream().findFirst().orElse(null);
    }

    @QueryHandler
    public Long count(CountInventoriesOfClassQuery query) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rp_inventory WHERE resource_class = ?", Long.class,
                query.name());
    }

    private ResourceClassView standard(String name) {
        return new ResourceClassView(name, start.at(), null);
    }

    private static ResourceClassView custom(ResultSet rs, int row) throws SQLException {
        return new ResourceClassView(rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
