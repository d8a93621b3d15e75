package org.placementledger.command.catalogue;

import org.placementledger.command.UniqueWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link TraitRegistry} on the {@code trait_registry} table, in the caller's transaction. */
@Component
class JdbcTraitRegistry implements TraitRegistry {

    private final JdbcTemplate jdbc;

    JdbcTraitRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean register(String name) {
        return UniqueWrites.attempt(jdbc, () -> jdbc.update("INSERT INTO trait_registry (name) VALUES (?)", name))
                .isEmpty();
    }

    @Override
    public boolean contains(String name) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM trait_registry WHERE name = ?", Integer.class, name);
        return n != null && n > 0;
    }

    @Override
    public void remove(String name) {
        jdbc.update("DELETE FROM trait_registry WHERE name = ?", name);
    }
}
