package org.placementledger.command.catalogue;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.placementledger.api.catalogue.StandardCatalogue;

/** A {@link ResourceClassRegistry} in memory, for aggregate fixtures. */
class InMemoryResourceClassRegistry implements ResourceClassRegistry {

    private final TreeMap<Integer, String> names = new TreeMap<>();

    @Override
    public OptionalInt register(String name) {
        if (names.containsValue(name)) {
            return OptionalInt.empty();
        }
        int id = names.isEmpty() ? StandardCatalogue.FIRST_CUSTOM_CLASS_ID : names.lastKey() + 1;
        names.put(id, name);
        return OptionalInt.of(id);
    }

    @Override
    public OptionalInt idOf(String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name))
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    @Override
    public boolean rename(int id, String newName) {
        if (names.entrySet().stream().anyMatch(e -> e.getKey() != id && e.getValue().equals(newName))) {
            return false;
        }
        names.put(id, newName);
        return true;
    }

    @Override
    public void remove(int id) {
        names.remove(id);
    }
}
