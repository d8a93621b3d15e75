package org.placementledger.server.handlers.candidates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.schema.PythonRepr;

/**
 * Placement's checks of the request groups as a whole: from 1.36 at least one group with resources,
 * resourceless groups named in same_subtree and same_subtree naming real groups; before 1.36 no
 * orphaned required/member_of and resources in every group; from 1.22 no any-of clause wholly forbidden.
 */
final class GroupRules {

    private GroupRules() {
    }

    static void check(List<CandidateRequestGroup> groups, List<Set<String>> sameSubtrees, PlacementRequest request) {
        if (request.atLeast(1, 36)) {
            checkSubtrees(groups, sameSubtrees);
        } else {
            checkOrphans(groups);
        }
        if (request.atLeast(1, 22)) {
            checkConflicts(groups);
        }
    }

    private static void checkSubtrees(List<CandidateRequestGroup> groups, List<Set<String>> sameSubtrees) {
        List<String> resourceless = groups.stream().filter(g -> g.resources().isEmpty())
                .map(CandidateRequestGroup::suffix).toList();
        Set<String> named = new LinkedHashSet<>();
        sameSubtrees.forEach(named::addAll);
        if (resourceless.size() == groups.size()) {
            throw PlacementException.badRequest(ErrorCode.QUERY_MISSING_VALUE,
                    "There must be at least one resources or resources[$S] parameter.");
        }
        List<String> unnamed = resourceless.stream().filter(s -> !named.contains(s)).toList();
        if (!unnamed.isEmpty()) {
            throw PlacementException.badRequest(ErrorCode.QUERY_BAD_VALUE, "Resourceless suffixed group request "
                    + "should be specified in `same_subtree` query param: bad group(s) - " + list(unnamed) + ".");
        }
        List<String> suffixes = groups.stream().map(CandidateRequestGroup::suffix).toList();
        List<String> unknown = named.stream().filter(s -> !suffixes.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw PlacementException.badRequest(ErrorCode.QUERY_BAD_VALUE, "Real suffixes should be specified in "
                    + "`same_subtree`: " + list(unknown) + " not found in " + list(suffixes) + ".");
        }
    }

    private static void checkOrphans(List<CandidateRequestGroup> groups) {
        List<String> traitOrphans = groups.stream()
                .filter(g -> !g.requiredTraits().isEmpty() && g.resources().isEmpty())
                .map(g -> "required" + g.suffix()).toList();
        if (!traitOrphans.isEmpty()) {
            throw PlacementException.badRequest("All traits parameters must be associated with resources.  "
                    + "Found the following orphaned traits keys: " + String.join(", ", traitOrphans));
        }
        List<String> memberOfOrphans = groups.stream().filter(g -> g.resources().isEmpty()
                        && (!g.memberOf().isEmpty() || !g.forbiddenAggregates().isEmpty()))
                .map(g -> "member_of" + g.suffix()).toList();
        if (!memberOfOrphans.isEmpty()) {
            throw PlacementException.badRequest("All member_of parameters must be associated with resources. "
                    + "Found the following orphaned member_of keys: " + String.join(", ", memberOfOrphans));
        }
        if (groups.stream().anyMatch(g -> g.resources().isEmpty())) {
            throw PlacementException.badRequest("All request groups must specify resources.");
        }
        if (groups.isEmpty()) {
            throw PlacementException.badRequest(
                    "At least one request group (`resources` or `resources{$S}`) is required.");
        }
    }

    private static void checkConflicts(List<CandidateRequestGroup> groups) {
        Set<String> conflicts = new TreeSet<>();
        for (CandidateRequestGroup g : groups) {
            for (Set<String> anyOf : g.requiredTraits()) {
                if (g.forbiddenTraits().containsAll(anyOf)) {
                    conflicts.add("required" + g.suffix() + ": (" + String.join(", ", new TreeSet<>(anyOf)) + ")");
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw PlacementException.badRequest("Conflicting required and forbidden traits found in the "
                    + "following traits keys: " + String.join(", ", conflicts));
        }
    }

    private static String list(List<String> values) {
        List<String> reprs = new ArrayList<>();
        values.forEach(v -> reprs.add(PythonRepr.ofString(v)));
        return "[" + String.join(", ", reprs) + "]";
    }
}
