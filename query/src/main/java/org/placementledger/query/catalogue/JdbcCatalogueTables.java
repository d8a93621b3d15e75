package org.placementledger.query.catalogue;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CatalogueTables} in the database, in the caller's transaction. */
public final class JdbcCatalogueTables implements CatalogueTables {

    static final String INSERT_CLASS = "INSERT INTO custom_resource_class (id, name, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?)";
    static final String INSERT_TRAIT = "INSERT INTO custom_trait (name, created_at) VALUES (?, ?)";

    private final JdbcTemplate jdbc;

    public JdbcCatalogueTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addClass(int id, String name, Timestamp at) {
        // updated_at starts as created_at: Last-Modified takes "updated, else created".
        jdbc.update(INSERT_CLASS, id, name, at, at);
    }

    @Override
    public void renameClass(int id, String name, Timestamp at) {
        jdbc.update("UPDATE custom_resource_class SET name = ?, updated_at = ? WHERE id = ?", name, at, id);
    }

    @Override
    public void removeClass(int id) {
        jdbc.update("DELETE FROM custom_resource_class WHERE id = ?", id);
    }

    @Override
    public void addTrait(String name, Timestamp at) {
        jdbc.update(INSERT_TRAIT, name, at);
    }

    @Override
    public void removeTrait(String name) {
        jdbc.update("DELETE FROM custom_trait WHERE name = ?", name);
    }
}
