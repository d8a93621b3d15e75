package org.placementledger.query.candidates.index;

import java.util.HashMap;
import java.util.Map;

import org.placementledger.api.catalogue.StandardCatalogue;

/**
 * The trait and resource class names that exist: the standard lists plus the live custom ones. Traits
 * also have Placement's internal order (standard ones first, then custom ones as they were created),
 * which is the order Placement lists a provider's traits in allocation candidate summaries.
 */
public final class KnownNames {

    private static final Map<String, Integer> STANDARD_TRAIT_RANK = new HashMap<>();

    static {
        StandardCatalogue.traits().forEach(t -> STANDARD_TRAIT_RANK.put(t, STANDARD_TRAIT_RANK.size()));
    }

    private final Map<String, Long> customTraits = new HashMap<>();
    private long nextCustomTrait = STANDARD_TRAIT_RANK.size();
    private final Map<Integer, String> customClasses = new HashMap<>();

    public void resourceClassNamed(int id, String name) {
        customClasses.put(id, name);
    }

    public void resourceClassDeleted(int id) {
        customClasses.remove(id);
    }

    public void traitCreated(String name) {
        customTraits.putIfAbsent(name, nextCustomTrait++);
    }

    public void traitDeleted(String name) {
        customTraits.remove(name);
    }

    boolean knowsTrait(String name) {
        return StandardCatalogue.isStandardTrait(name) || customTraits.containsKey(name);
    }

    /** The place of a trait in Placement's internal order; an unknown name sorts last. */
    long traitRank(String name) {
        Integer standard = STANDARD_TRAIT_RANK.get(name);
        return standard != null ? standard : customTraits.getOrDefault(name, Long.MAX_VALUE);
    }

    boolean knowsResourceClass(String name) {
        return StandardCatalogue.isStandardClass(name) || customClasses.containsValue(name);
    }
}
