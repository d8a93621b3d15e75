package org.placementledger.command.catalogue;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.placementledger.api.catalogue.StandardCatalogue;
import org.placementledger.api.error.PlacementException;
import org.placementledger.command.UniqueWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ResourceClassRegistry} on the {@code resource_class_registry} table, in the caller's transaction. */
@Component
class JdbcResourceClassRegistry implements ResourceClassRegistry {

    private static final String NAME_CONSTRAINT = "uq_resource_class_registry_name";

    private final JdbcTemplate jdbc;

    JdbcResourceClassRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalInt register(String name) {
        // The read only picks the id; the unique indexes decide (name taken, or a concurrent id).
        Integer max = jdbc.queryForObject("SELECT MAX(id) FROM resource_class_registry", Integer.class);
        int id = max == null ? StandardCatalogue.FIRST_CUSTOM_CLASS_ID
                : Math.max(max + 1, StandardCatalogue.FIRST_CUSTOM_CLASS_ID);
        Optional<DuplicateKeyException> refused = UniqueWrites.attempt(jdbc,
                () -> jdbc.update("INSERT INTO resource_class_registry (id, name) VALUES (?, ?)", id, name));
        if (refused.isEmpty()) {
            return OptionalInt.of(id);
        }
        if (isNameClash(refused.get())) {
            return OptionalInt.empty();
        }
        // Another transaction took the same id: Placement's answer when its retries run out.
        throw PlacementException.conflict("Max retries of DB transaction exceeded attempting to create "
                + "resource class: " + name + ", please try again.");
    }

    @Override
    public OptionalInt idOf(String name) {
        return jdbc.queryForList("SELECT id FROM resource_class_registry WHERE name = ?", Integer.class, name)
                .stream().mapToInt(Integer::intValue).findFirst();
    }

    @Override
    public boolean rename(int id, String newName) {
        return UniqueWrites.attempt(jdbc,
                () -> jdbc.update("UPDATE resource_class_registry SET name = ? WHERE id = ?", newName, id)).isEmpty();
    }

    @Override
    public void remove(int id) {
        jdbc.update("DELETE FROM resource_class_registry WHERE id = ?", id);
    }

    private static boolean isNameClash(DuplicateKeyException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(NAME_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
