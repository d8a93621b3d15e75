package org.placementledger.server.handlers.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.handlers.filters.RequiredTraitParams;
import org.placementledger.server.http.Microversion;
import org.placementledger.server.http.PlacementRequest;

/**
 * The parameters of GET /allocation_candidates that apply to the request as a whole, read as
 * Placement's {@code RequestWideParams.from_request}: the FIRST limit and group_policy, root_required
 * (once only, no {@code in:}), and each same_subtree as a set of suffixes.
 */
public record RequestWideParams(Integer limit, String groupPolicy, Set<String> rootRequired,
                                Set<String> rootForbidden, List<Set<String>> sameSubtrees) {

    // root_required takes the traits syntax of 1.22-1.38: '!' allowed, 'in:' refused
    private static final Microversion LEGACY_TRAITS = new Microversion(1, 38);
    private static final Pattern LIMIT = Pattern.compile("[1-9][0-9]*");

    public static RequestWideParams parse(PlacementRequest request) {
        List<String> limits = request.queryValues("limit");
        Integer limit = limits.isEmpty() ? null : firstLimit(limits.get(0));
        List<String> policies = request.queryValues("group_policy");
        String groupPolicy = policies.isEmpty() ? null : policies.get(0);
        Set<String> required = new LinkedHashSet<>();
        Set<String> forbidden = new LinkedHashSet<>();
        List<String> roots = request.queryValues("root_required");
        if (!roots.isEmpty()) {
            if (roots.size() > 1) {
                throw PlacementException.badRequest(ErrorCode.QUERY_DUPLICATE_KEY,
                        "Query parameter 'root_required' may be specified only once.");
            }
            RequiredTraitParams.Parsed parsed = RequiredTraitParams.parse(roots, LEGACY_TRAITS);
            parsed.required().forEach(required::addAll);
            forbidden.addAll(parsed.forbidden());
            List<String> conflicts = forbidden.stream().filter(required::contains).toList();
            if (!conflicts.isEmpty()) {
                throw PlacementException.badRequest(ErrorCode.QUERY_BAD_VALUE,
                        "Conflicting required and forbidden traits found in root_required: "
                                + String.join(", ", conflicts));
            }
        }
        List<Set<String>> sameSubtrees = new ArrayList<>();
        for (String value : request.queryValues("same_subtree")) {
            Set<String> suffixes = new LinkedHashSet<>();
            Arrays.stream(value.split(",", -1)).map(String::strip).forEach(suffixes::add);
            if (suffixes.contains("")) {
                throw PlacementException.badRequest(ErrorCode.QUERY_BAD_VALUE,
                        "Empty string (unsuffixed group) can not be specified in `same_subtree` ");
            }
            sameSubtrees.add(suffixes);
        }
        return new RequestWideParams(limit, groupPolicy, required, forbidden, sameSubtrees);
    }

    // The schema checked the last value; Placement uses the first.
    private static Integer firstLimit(String value) {
        if (!LIMIT.matcher(value).matches()) {
            throw PlacementException.badRequest("Invalid query string parameters: '" + value
                    + "' does not match '^[1-9][0-9]*$'");
        }
        return value.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(value);
    }
}
