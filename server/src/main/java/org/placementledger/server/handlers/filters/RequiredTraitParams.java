package org.placementledger.server.handlers.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.Microversion;

/**
 * Placement's {@code required} query parameters: {@code T1,T2} (all of), {@code !T} forbidden from
 * 1.22, and from 1.39 {@code in:T1,T2} (any of) and repeats (AND); before 1.39 only the last counts.
 */
public final class RequiredTraitParams {

    /** Each required set is an any-of clause, clauses AND'd; forbidden traits exclude a provider. */
    public record Parsed(List<Set<String>> required, Set<String> forbidden) {
    }

    private RequiredTraitParams() {
    }

    public static Parsed parse(List<String> values, Microversion version) {
        boolean allowForbidden = version.atLeast(1, 22);
        boolean allowAnyOf = version.atLeast(1, 39);
        List<String> used = allowAnyOf || values.isEmpty() ? values : values.subList(values.size() - 1, values.size());
        List<Set<String>> required = new ArrayList<>();
        Set<String> forbidden = new LinkedHashSet<>();
        for (String value : used) {
            Parsed one = parseOne(value, allowForbidden, allowAnyOf);
            required.addAll(one.required());
            forbidden.addAll(one.forbidden());
        }
        return new Parsed(required, forbidden);
    }

    private static Parsed parseOne(String value, boolean allowForbidden, boolean allowAnyOf) {
        if (value.startsWith("in:")) {
            return parseAnyOf(value, allowAnyOf);
        }
        List<String> all = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        Set<String> forbidden = new LinkedHashSet<>();
        // sic: every leading '!' goes, so "!!X" forbids X (kept by Placement for compatibility)
        all.stream().filter(t -> t.startsWith("!")).forEach(t -> forbidden.add(t.replaceFirst("^!+", "")));
        if (all.stream().anyMatch(String::isEmpty) || forbidden.stream().anyMatch(String::isEmpty)) {
            String form = allowForbidden ? "HW_CPU_X86_VMX,!CUSTOM_MAGIC" : "HW_CPU_X86_VMX,CUSTOM_MAGIC";
            throw PlacementException.badRequest("Invalid query string parameters: Expected 'required' parameter "
                    + "value of the form: " + form + ". Got an empty trait in: " + value);
        }
        if (!forbidden.isEmpty() && !allowForbidden) {
            throw PlacementException.badRequest("Invalid query string parameters: Expected 'required' parameter "
                    + "value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: " + value);
        }
        List<Set<String>> required = all.stream().filter(t -> !t.startsWith("!")).map(Set::of).toList();
        return new Parsed(required, forbidden);
    }

    private static Parsed parseAnyOf(String value, boolean allowAnyOf) {
        if (!allowAnyOf) {
            throw PlacementException.badRequest("Invalid query string parameters: The format "
                    + "'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' only supported since microversion 1.39. Got: " + value);
        }
        Set<String> anyOf = new LinkedHashSet<>();
        Arrays.stream(value.substring(3).split(",", -1)).map(String::strip).forEach(anyOf::add);
        if (anyOf.contains("")) {
            throw PlacementException.badRequest("Invalid query string parameters: Expected 'required' parameter "
                    + "value of the form: in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: " + value);
        }
        if (anyOf.stream().anyMatch(t -> t.startsWith("!"))) {
            throw PlacementException.badRequest("Invalid query string parameters: The format "
                    + "'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' does not support forbidden traits. Got: " + value);
        }
        return new Parsed(List.of(anyOf), Set.of());
    }
}
