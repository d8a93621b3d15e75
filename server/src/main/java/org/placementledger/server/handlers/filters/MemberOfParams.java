package org.placementledger.server.handlers.filters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.Microversion;
import org.placementledger.server.schema.UuidLikeFormat;

/**
 * Placement's {@code member_of} query parameters: {@code <agg>}, {@code in:<a>,<b>} (any of), and
 * from 1.32 the forbidden forms {@code !<agg>} and {@code !in:<a>,<b>}; repeatable (AND) from 1.24.
 */
public final class MemberOfParams {

    /** Each required set is an any-of clause; a provider in any forbidden aggregate is excluded. */
    public record Parsed(List<Set<String>> required, Set<String> forbidden) {
    }

    private MemberOfParams() {
    }

    public static Parsed parse(List<String> values, Microversion version, String suffix) {
        if (!version.atLeast(1, 24) && values.size() > 1) {
            throw PlacementException.badRequest("Multiple member_of" + suffix + " parameters are not supported");
        }
        List<Set<String>> required = new ArrayList<>();
        Set<String> forbidden = new LinkedHashSet<>();
        for (String value : values) {
            Parsed one = parseOne(value);
            required.addAll(one.required());
            if (!one.forbidden().isEmpty()) {
                if (!version.atLeast(1, 32)) {
                    throw PlacementException.badRequest("Forbidden member_of" + suffix
                            + " parameters are not supported in the specified microversion");
                }
                forbidden.addAll(one.forbidden());
            }
        }
        return new Parsed(required, forbidden);
    }

    private static Parsed parseOne(String value) {
        if (value.contains(",") && !(value.startsWith("in:") || value.startsWith("!in:"))) {
            throw PlacementException.badRequest("Multiple values for 'member_of' must be prefixed with the "
                    + "'in:' or '!in:' keyword using the valid microversion. Got: " + value);
        }
        Set<String> required = new LinkedHashSet<>();
        Set<String> forbidden = new LinkedHashSet<>();
        if (value.startsWith("!in:")) {
            forbidden.addAll(List.of(value.substring(4).split(",", -1)));
        } else if (value.startsWith("!")) {
            forbidden.add(value.substring(1));
        } else if (value.startsWith("in:")) {
            required.addAll(List.of(value.substring(3).split(",", -1)));
        } else {
            required.add(value);
        }
        for (Set<String> group : List.of(required, forbidden)) {
            for (String aggregate : group) {
                if (UuidLikeFormat.canonical(aggregate) == null) {
                    throw PlacementException.badRequest("Invalid query string parameters: Expected 'member_of' "
                            + "parameter to contain valid UUID(s). Got: " + aggregate);
                }
            }
        }
        return new Parsed(required.isEmpty() ? List.of() : List.of(required), forbidden);
    }
}
