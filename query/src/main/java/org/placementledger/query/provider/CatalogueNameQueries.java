package org.placementledger.query.provider;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.placementledger.api.catalogue.FindUnknownCatalogueNamesQuery;
import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.api.catalogue.UnknownCatalogueNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells which trait and resource class names of a provider filter do not exist (standard or custom). */
@Component
public class CatalogueNameQueries {

    private final JdbcTemplate jdbc;

    public CatalogueNameQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public UnknownCatalogueNames unknown(FindUnknownCatalogueNamesQuery query) {
        List<String> traits = query.traits().stream()
                .filter(t -> !StandardCatalogue.isStandardTrait(t) && !exists("custom_trait", t)).toList();
        List<String> classes = query.resourceClasses().stream()
                .filter(c -> !StandardCatalogue.isStandardClass(c) && !exists("custom_resource_class", c)).toList();
        return new UnknownCatalogueNames(traits, classes);
    }

    private boolean exists(String table, String name) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE name = ?", Integer.class, name);
        return n != null && n > 0;
    }
}
