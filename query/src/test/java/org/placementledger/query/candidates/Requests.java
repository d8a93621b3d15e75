package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.candidates.CandidateGeneration;
import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.api.candidates.FindAllocationCandidatesQuery;

/** Builds candidate queries for engine tests: {@code Requests.of().group("", "VCPU:1").required("X")...}. */
final class Requests {

    private final List<CandidateRequestGroup> groups = new ArrayList<>();
    private Integer limit;
    private String policy;
    private final Set<String> rootRequired = new LinkedHashSet<>();
    private final Set<String> rootForbidden = new LinkedHashSet<>();
    private final List<Set<String>> subtrees = new ArrayList<>();
    private boolean nestedAware = true;
    private CandidateGeneration generation = CandidateGeneration.DEFAULTS;

    static Requests of() {
        return new Requests();
    }

    Requests group(String suffix, String resources) {
        Map<String, Long> amounts = new LinkedHashMap<>();
        if (!resources.isEmpty()) {
            for (String pair : resources.split(",")) {
                String[] p = pair.split(":");
                amounts.put(p[0], Long.parseLong(p[1]));
            }
        }
        groups.add(new CandidateRequestGroup(suffix, amounts, new ArrayList<>(), new LinkedHashSet<>(),
                new ArrayList<>(), new LinkedHashSet<>(), null));
        return this;
    }

    Requests required(String... anyOf) {
        last().requiredTraits().add(Set.of(anyOf));
        return this;
    }

    Requests forbidden(String trait) {
        last().forbiddenTraits().add(trait);
        return this;
    }

    Requests memberOf(String... anyOf) {
        last().memberOf().add(Set.of(anyOf));
        return this;
    }

    Requests notMemberOf(String aggregate) {
        last().forbiddenAggregates().add(aggregate);
        return this;
    }

    Requests inTree(String uuid) {
        CandidateRequestGroup g = groups.remove(groups.size() - 1);
        groups.add(new CandidateRequestGroup(g.suffix(), g.resources(), g.requiredTraits(), g.forbiddenTraits(),
                g.memberOf(), g.forbiddenAggregates(), uuid));
        return this;
    }

    Requests limit(int n) {
        limit = n;
        return this;
    }

    Requests policy(String p) {
        policy = p;
        return this;
    }

    Requests rootRequired(String trait) {
        rootRequired.add(trait);
        return this;
    }

    Requests rootForbidden(String trait) {
        rootForbidden.add(trait);
        return this;
    }

    Requests sameSubtree(String... suffixes) {
        subtrees.add(Set.of(suffixes));
        return this;
    }

    Requests before129() {
        nestedAware = false;
        return this;
    }

    Requests generation(int max, boolean breadthFirst, boolean randomize) {
        generation = new CandidateGeneration(max, breadthFirst, randomize);
        return this;
    }

    FindAllocationCandidatesQuery query() {
        return new FindAllocationCandidatesQuery(groups, limit, policy, rootRequired, rootForbidden, subtrees,
                nestedAware, generation);
    }

    private CandidateRequestGroup last() {
        return groups.get(groups.size() - 1);
    }
}
