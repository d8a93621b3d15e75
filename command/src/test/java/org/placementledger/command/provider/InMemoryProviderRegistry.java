package org.placementledger.command.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;

/** A {@link ProviderRegistry} in memory, for aggregate fixtures. */
public class InMemoryProviderRegistry implements ProviderRegistry {

    private record Row(String name, String parent, String root) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public void register(String uuid, String name, String parentUuid, String rootUuid) {
        if (rows.containsKey(uuid)) {
            throw PlacementException.conflict(ErrorCode.DUPLICATE_NAME,
                    "Conflicting resource provider uuid: " + uuid + " already exists.");
        }
        if (rows.values().stream().anyMatch(r -> r.name().equals(name))) {
            throw PlacementException.conflict(ErrorCode.DUPLICATE_NAME,
                    "Conflicting resource provider name: " + name + " already exists.");
        }
        rows.put(uuid, new Row(name, parentUuid, rootUuid));
    }

    @Override
    public void rename(String uuid, String name) {
        if (rows.entrySet().stream().anyMatch(e -> !e.getKey().equals(uuid) && e.getValue().name().equals(name))) {
            throw PlacementException.conflict(ErrorCode.DUPLICATE_NAME,
                    "Conflicting resource provider " + name + " already exists.");
        }
        Row row = rows.get(uuid);
        rows.put(uuid, new Row(name, row.parent(), row.root()));
    }

    @Override
    public void reparent(String uuid, String parentUuid, String rootUuid) {
        List<String> moved = subtree(uuid);
        Row row = rows.get(uuid);
        rows.put(uuid, new Row(row.name(), parentUuid, row.root()));
        for (String member : moved) {
            Row m = rows.get(member);
            rows.put(member, new Row(m.name(), m.parent(), rootUuid));
        }
    }

    @Override
    public void remove(String uuid) {
        rows.remove(uuid);
    }

    @Override
    public boolean exists(String uuid) {
        return rows.containsKey(uuid);
    }

    @Override
    public Optional<String> rootOf(String uuid) {
        return Optional.ofNullable(rows.get(uuid)).map(Row::root);
    }

    @Override
    public boolean hasChildren(String uuid) {
        return rows.values().stream().anyMatch(r -> uuid.equals(r.parent()));
    }

    @Override
    public List<String> subtree(String uuid) {
        List<String> result = new ArrayList<>();
        List<String> frontier = List.of(uuid);
        while (!frontier.isEmpty()) {
            result.addAll(frontier);
            List<String> next = new ArrayList<>();
            for (String p : frontier) {
                rows.forEach((k, v) -> {
                    if (p.equals(v.parent())) {
                        next.add(k);
                    }
                });
            }
            frontier = next;
        }
        return result;
    }
}
