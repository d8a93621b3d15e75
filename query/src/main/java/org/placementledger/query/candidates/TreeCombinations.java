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
 * A wide tree has many such combinations; only those the merge asks for are built. A narrow one (the
 * common case: one provider per class) is worked out at once, so it is checked only once.
 */
final class TreeCombinations implements Iterable<GroupCandidate> {

    /** Up to this many choices, all are built up front. */
    private static final long EAGER = 64;

    private final CandidateRequestGroup group;
    private final String anchor;
    private final List<String> classes;
    private final List<List<ProviderNode>> choices;

    /** The combinations: built up front when there are few, else generated as they are asked for. */
    static Iterable<GroupCandidate> of(CandidateRequestGroup group, String anchor,
                                       Map<String, List<ProviderNode>> byClass) {
        TreeCombinations combinations = new TreeCombinations(group, anchor, byClass);
        long size = 1;
        for (List<ProviderNode> choice : combinations.choices) {
            size *= choice.size();
            if (size > EAGER) {
                return combinations;
            }
        }
        if (size == 1) {
            // one provider per class (every flat provider): the one combination, without the odometer
            GroupCandidate only = combinations.candidateAt(new int[combinations.classes.size()]);
            return only == null ? List.of() : List.of(only);
        }
        List<GroupCandidate> all = new ArrayList<>((int) size);
        combinations.forEach(all::add);
        return all;
    }

    private TreeCombinations(CandidateRequestGroup group, String anchor, Map<String, List<ProviderNode>> byClass) {
        this.group = group;
        this.anchor = anchor;
        this.classes = new ArrayList<>(byClass.size());
        this.choices = new ArrayList<>(byClass.size());
        byClass.forEach((rc, providers) -> {
            classes.add(rc);
            choices.add(providers);
        });
    }

    private boolean anyEmpty() {
        for (List<ProviderNode> choice : choices) {
            if (choice.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The combination taking provider {@code pos[i]} for class i; null when it breaks the trait rules. */
    private GroupCandidate candidateAt(int[] pos) {
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
            ProviderNode node = chosen.get(i);
            claims.add(new Claim(node, classes.get(i), group.resources().get(classes.get(i))));
            providers.add(node.uuid());
        }
        return new GroupCandidate(anchor, group.suffix(), false, claims, providers);
    }

    @Override
    public Iterator<GroupCandidate> iterator() {
        return new Iterator<>() {
            private final int[] pos = new int[classes.size()];
            private boolean exhausted = anyEmpty();
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
                return candidateAt(pos);
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
