package org.placementledger.server.handlers.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.handlers.filters.MemberOfParams;
import org.placementledger.server.handlers.filters.RequiredTraitParams;
import org.placementledger.server.handlers.filters.ResourcesParam;
import org.placementledger.server.http.PlacementRequest;
import org.placementledger.server.schema.UuidLikeFormat;

/**
 * The request groups of GET /allocation_candidates, read as Placement's
 * {@code RequestGroup.dict_from_request}: keys {@code resources|required|member_of|in_tree} with an
 * optional suffix (a number before 1.33, {@code [a-zA-Z0-9_-]{1,64}} from 1.33), groups in the order
 * their suffix first appears; then {@link GroupRules} checks the groups as a whole.
 */
public final class RequestGroupParams {

    private static final String KEYS = "^(resources|required|member_of|in_tree)";
    private static final Pattern NUMBERED = Pattern.compile(KEYS + "([1-9][0-9]*)?$");
    private static final Pattern NAMED = Pattern.compile(KEYS + "([a-zA-Z0-9_-]{1,64})?$");

    private RequestGroupParams() {
    }

    /** A group while it is read; resources empty until a resources key is met. */
    private static final class Draft {
        final String suffix;
        Map<String, Long> resources = new LinkedHashMap<>();
        RequiredTraitParams.Parsed traits = new RequiredTraitParams.Parsed(List.of(), Set.of());
        MemberOfParams.Parsed memberOf = new MemberOfParams.Parsed(List.of(), Set.of());
        String inTree;

        Draft(String suffix) {
            this.suffix = suffix;
        }

        CandidateRequestGroup group() {
            return new CandidateRequestGroup(suffix, resources, traits.required(), new LinkedHashSet<>(traits.forbidden()),
                    memberOf.required(), new LinkedHashSet<>(memberOf.forbidden()), inTree);
        }
    }

    public static List<CandidateRequestGroup> parse(PlacementRequest request, List<Set<String>> sameSubtrees) {
        Pattern keys = request.atLeast(1, 33) ? NAMED : NUMBERED;
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : request.query().entrySet()) {
            Matcher m = keys.matcher(entry.getKey());
            if (!m.matches()) {
                continue;
            }
            String prefix = m.group(1);
            String suffix = m.group(2) == null ? "" : m.group(2);
            Draft draft = drafts.computeIfAbsent(suffix, Draft::new);
            switch (prefix) {
                case "resources" -> entry.getValue().forEach(v -> draft.resources = ResourcesParam.parse(v));
                case "required" -> draft.traits = RequiredTraitParams.parse(entry.getValue(), request.version());
                case "member_of" -> draft.memberOf = MemberOfParams.parse(entry.getValue(), request.version(), suffix);
                default -> entry.getValue().forEach(v -> draft.inTree = inTree(v));
            }
        }
        List<CandidateRequestGroup> groups = new ArrayList<>();
        drafts.values().forEach(d -> groups.add(d.group()));
        GroupRules.check(groups, sameSubtrees, request);
        return groups;
    }

    private static String inTree(String value) {
        String stripped = value.strip();
        if (UuidLikeFormat.canonical(stripped) == null) {
            throw PlacementException.badRequest("Invalid query string parameters: Expected 'in_tree' parameter "
                    + "to be a format of uuid. Got: " + value);
        }
        // sic: looked up as given (Placement compares the stored, canonical uuid as a string)
        return stripped;
    }
}
