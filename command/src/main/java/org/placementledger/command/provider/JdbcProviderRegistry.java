package org.placementledger.command.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;
import org.placementledger.command.UniqueWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ProviderRegistry} on the app's database, in the caller's transaction. */
@Component
class JdbcProviderRegistry implements ProviderRegistry {

    private final JdbcTemplate jdbc;

    JdbcProviderRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(String uuid, String name, String parentUuid, String rootUuid) {
        // Reads here only choose the wording of the refusal; the unique index decides.
        if (exists(uuid)) {
            throw duplicate("uuid: " + uuid);
        }
        if (nameTaken(name)) {
            throw duplicate("name: " + name);
        }
        if (UniqueWrites.attempt(jdbc, () -> jdbc.update(
                "INSERT INTO provider_registry (uuid, name, parent_uuid, root_uuid) VALUES (?, ?, ?, ?)",
                uuid, name, parentUuid, rootUuid)).isPresent()) {
            throw duplicate("name: " + name);
        }
    }

    @Override
    public void rename(String uuid, String name) {
        Integer sameName = jdbc.queryForObject(
                "SELECT COUNT(*) FROM provider_registry WHERE name = ? AND uuid <> ?", Integer.class, name, uuid);
        // Placement words a rename conflict without the "name: " of the create conflict.
        if (sameName != null && sameName > 0) {
            throw duplicate(name);
        }
        if (UniqueWrites.attempt(jdbc,
                () -> jdbc.update("UPDATE provider_registry SET name = ? WHERE uuid = ?", name, uuid)).isPresent()) {
            throw duplicate(name);
        }
    }

    @Override
    public void reparent(String uuid, String parentUuid, String rootUuid) {
        List<String> moved = subtree(uuid);
        jdbc.update("UPDATE provider_registry SET parent_uuid = ? WHERE uuid = ?", parentUuid, uuid);
        for (String member : moved) {
            jdbc.update("UPDATE provider_registry SET root_uuid = ? WHERE uuid = ?", rootUuid, member);
        }
    }

    @Override
    public void remove(String uuid) {
        jdbc.update("DELETE FROM provider_registry WHERE uuid = ?", uuid);
    }

    @Override
    public boolean exists(String uuid) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM provider_registry WHERE uuid = ?", Integer.class, uuid);
        return n != null && n > 0;
    }

    @Override
    public Optional<String> rootOf(String uuid) {
        return jdbc.queryForList("SELECT root_uuid FROM provider_registry WHERE uuid = ?", String.class, uuid)
                .stream().findFirst();
    }

    @Override
    public boolean hasChildren(String uuid) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM provider_registry WHERE parent_uuid = ?", Integer.class, uuid);
        return n != null && n > 0;
    }

    @Override
    public List<String> subtree(String uuid) {
        List<String> result = new ArrayList<>();
        List<String> frontier = List.of(uuid);
        while (!frontier.isEmpty()) {
            result.addAll(frontier);
            List<String> next = new ArrayList<>();
            for (String parent : frontier) {
                next.addAll(jdbc.queryForList(
                        "SELECT uuid FROM provider_registry WHERE parent_uuid = ?", String.class, parent));
            }
            frontier = next;
        }
        return result;
    }

    private boolean nameTaken(String name) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM provider_registry WHERE name = ?", Integer.class, name);
        return n != null && n > 0;
    }

    private static PlacementException duplicate(String what) {
        return PlacementException.conflict(ErrorCode.DUPLICATE_NAME,
                "Conflicting resource provider " + what + " already exists.");
    }
}
