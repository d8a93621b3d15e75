package org.placementledger.api.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard resource classes (os-resource-classes 1.1.0, canonical order = internal ids 0..20)
 * and standard traits (os-traits 3.9.0), shipped as resources of the project.
 */
public final class StandardCatalogue {

    /** Custom resource classes get internal ids from here on, as in Placement. */
    public static final int FIRST_CUSTOM_CLASS_ID = 10000;
    public static final String CUSTOM_PREFIX = "CUSTOM_";

    private static final List<String> CLASSES = load("standard-resource-classes.txt");
    private static final Set<String> CLASS_SET = Set.copyOf(CLASSES);
    private static final List<String> TRAITS = load("standard-traits.txt");
    private static final Set<String> TRAIT_SET = Set.copyOf(TRAITS);

    private StandardCatalogue() {
    }

    public static List<String> resourceClasses() {
        return CLASSES;
    }

    public static boolean isStandardClass(String name) {
        return CLASS_SET.contains(name);
    }

    public static int standardClassId(String name) {
        return CLASSES.indexOf(name);
    }

    public static List<String> traits() {
        return TRAITS;
    }

    public static boolean isStandardTrait(String name) {
        return TRAIT_SET.contains(name);
    }

    private static List<String> load(String file) {
        try (InputStream in = StandardCatalogue.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> names = new LinkedHashSet<>();
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
