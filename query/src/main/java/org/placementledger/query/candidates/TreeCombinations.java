package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.placementledger.api.candidates.CandidateRequestGroup;
import org.placementledger.query.candidates.index.ProviderNode;

/**
 * The unsuffixed group's candidates in one anchor's tree, generated lazily: every choice of one
 * provider per requested class (in request order) whose providers together meet the trait rules.
 * A wide tree has many such combinations; only those the merge asks for are built.
 */
final class TreeCombinations implements Iterable<GroupCandidate> {

    private final CandidateRequestGroup group;
    private final String anchor;
    private final List<String> classes;
    private final List<List<ProviderNode>> choices;

    TreeCombinations(CandidateRequestGroup group, String anchor, Map<String, List<ProviderNode>> byClass) {
        this.group = group;
        this.anchor = anchor;
        this.classes = new ArrayList<>(byClass.keySet());
        this.choices = classes.stream().map(byClass::get).toList();
    }

    @Override
    public Iterator<GroupCandidate> iterator() {
        return new Iterator<>() {
            private final int[] pos = new int[classes.size()];
            private boolean exhausted = choices.stream().anyMatch(List::isEmpty);
            private GroupCandidate next;

            @Override
            public boolean hasNext() {
                while (next == null && !exhausted) {
                    next = current();
                    step();
                }
                return next != null;
            }

            @Override
            public GroupCandidate next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                GroupCandidate result = next;
                next = null;
                return result;
            }

            private GroupCandidate current() {
                List<ProviderNode> chosen = new ArrayList<>(classes.size());
                for (int i = 0; i < classes.size(); i++) {
                    chosen.add(choices.get(i).get(pos[i]));
                }
                if (!TraitRules.satisfiedBy(chosen, group.requiredTraits(), group.forbiddenTraits())) {
                    return null;
                }
                List<Claim> claims = new ArrayList<>(classes.size());
                Set<String> providers = new LinkedHashSet<>();
                for (int i = 0; i < classes.size(); i++) {
                    String uuid = chosen.get(i).uuid();
                    claims.add(new Claim(uuid, classes.get(i), group.resources().get(classes.get(i))));
                    providers.add(uuid);
                }
                return new GroupCandidate(anchor, group.suffix(), false, claims, providers);
            }

            // the odometer: the last class turns fastest, as itertools.product does
            private void step() {
                int i = classes.size() - 1;
                while (i >= 0 && ++pos[i] == choices.get(i).size()) {
                    pos[i--] = 0;
                }
                exhausted = i < 0;
            }
        };
    }
}
