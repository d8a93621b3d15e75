package org.placementledger.command.catalogue;

import org.placementledger.api.catalogue.StandardCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ClassAndTraitCatalogue} backed by the standard lists and the write-side registries. */
@Component
class JdbcClassAndTraitCatalogue implements ClassAndTraitCatalogue {

    private final JdbcTemplate jdbc;

    JdbcClassAndTraitCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean resourceClassExists(String name) {
        return StandardCatalogue.isStandardClass(name) || count("resource_class_registry", name) > 0;
    }

    @Override
    public boolean traitExists(String name) {
        return StandardCatalogue.isStandardTrait(name) || count("trait_registry", name) > 0;
    }

    private int count(String table, String name) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE name = ?", Integer.class, name);
        return n == null ? 0 : n;
    }
}
