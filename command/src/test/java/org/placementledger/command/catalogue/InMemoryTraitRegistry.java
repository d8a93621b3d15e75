package org.placementledger.command.catalogue;

import java.util.HashSet;
import java.util.Set;

/** A {@link TraitRegistry} in memory, for aggregate fixtures. */
class InMemoryTraitRegistry implements TraitRegistry {

    private final Set<String> names = new HashSet<>();

    @Override
    public boolean register(String name) {
        return names.add(name);
    }

    @Override
    public boolean contains(String name) {
        return names.contains(name);
    }

    @Override
    public void remove(String name) {
        names.remove(name);
    }
}
