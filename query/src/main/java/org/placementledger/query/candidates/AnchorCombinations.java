package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.placementledger.query.candidates.index.IndexView;

/**
 * The merged candidates of one anchor, generated lazily: one candidate per group, chosen depth-first
 * with pruning as soon as a partial choice breaks a rule (isolate: distinct providers for the
 * suffixed groups; the summed amounts must fit; same_subtree once all its groups are chosen), so wide
 * trees do not enumerate combinations that can never be returned.
 */
final class AnchorCombinations implements Iterator<MergedCandidate> {

    private final IndexView view;
    private final List<Iterable<GroupCandidate>> sources;
    private final boolean isolate;
    private final List<List<Set<String>>> subtreesCompleteAt = new ArrayList<>();
    private final List<Iterator<GroupCandidate>> choices = new ArrayList<>();
    private final GroupCandidate[] chosen;
    private final boolean[] applied;
    private int depth;
    private MergedCandidate next;
    private final Map<String, Map<String, Long>> totals = new HashMap<>();
    private final Set<String> isolated = new HashSet<>();

    AnchorCombinations(IndexView view, List<Iterable<GroupCandidate>> sources, boolean isolate,
                       List<Set<String>> sameSubtrees, List<String> suffixes) {
        this.view = view;
        this.sources = sources;
        this.isolate = isolate;
        this.chosen = new GroupCandidate[sources.size()];
        this.applied = new boolean[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            subtreesCompleteAt.add(new ArrayList<>());
            choices.add(null);
        }
        for (Set<String> subtree : sameSubtrees) {
            int last = subtree.stream().mapToInt(suffixes::indexOf).max().orElse(-1);
            if (last >= 0) {
                subtreesCompleteAt.get(last).add(subtree);
            }
        }
        choices.set(0, sources.get(0).iterator());
    }

    @Override
    public boolean hasNext() {
        if (next == null && depth >= 0) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public MergedCandidate next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MergedCandidate result = next;
        next = null;
        return result;
    }

    private MergedCandidate advance() {
        while (depth >= 0) {
            undo(depth);
            Iterator<GroupCandidate> here = choices.get(depth);
            if (!here.hasNext()) {
                depth--;
                continue;
            }
            chosen[depth] = here.next();
            if (!apply(depth)) {
                continue;
            }
            if (depth == sources.size() - 1) {
                return merged();
            }
            depth++;
            choices.set(depth, sources.get(depth).iterator());
        }
        return null;
    }

    /** Takes the chosen candidate at depth d; false (and no effect left) when that breaks a rule. */
    private boolean apply(int d) {
        GroupCandidate c = chosen[d];
        if (sources.size() == 1) {
            // one group: its claims name distinct provider-class pairs, so no sums to keep
            return fitsAlone(c) && subtreesHold(d);
        }
        if (isolate && c.sameProvider() && isolated.contains(c.provider())) {
            return false;
        }
        add(c, 1);
        applied[d] = true;
        if (isolate && c.sameProvider()) {
            isolated.add(c.provider());
        }
        boolean ok = c.claims().stream().allMatch(cl -> Capacity.fitsSum(view.provider(cl.provider()),
                cl.resourceClass(), totals.get(cl.provider()).get(cl.resourceClass())));
        ok = ok && subtreesHold(d);
        if (!ok) {
            undo(d);
        }
        return ok;
    }

    /** The same_subtree rules whose groups are all chosen once depth d is: plain loop, run per choice. */
    private boolean subtreesHold(int d) {
        for (Set<String> suffixes : subtreesCompleteAt.get(d)) {
            if (!subtreeHolds(suffixes)) {
                return false;
            }
        }
        return true;
    }

    private boolean fitsAlone(GroupCandidate c) {
        for (Claim cl : c.claims()) {
            if (!Capacity.fitsSum(view.provider(cl.provider()), cl.resourceClass(), cl.amount())) {
                return false;
            }
        }
        return true;
    }

    private void undo(int d) {
        if (!applied[d]) {
            return;
        }
        applied[d] = false;
        GroupCandidate c = chosen[d];
        add(c, -1);
        if (isolate && c.sameProvider()) {
            isolated.remove(c.provider());
        }
    }

    private void add(GroupCandidate c, int sign) {
        for (Claim cl : c.claims()) {
            totals.computeIfAbsent(cl.provider(), k -> new HashMap<>())
                    .merge(cl.resourceClass(), sign * cl.amount(), Long::sum);
        }
    }

    private boolean subtreeHolds(Set<String> suffixes) {
        Set<String> providers = new HashSet<>();
        for (int i = 0; i <= depth; i++) {
            if (suffixes.contains(chosen[i].suffix())) {
                providers.addAll(chosen[i].providers());
            }
        }
        return SameSubtree.holds(view, providers);
    }

    private MergedCandidate merged() {
        Map<String, Map<String, Long>> allocations = new LinkedHashMap<>();
        for (GroupCandidate c : chosen) {
            for (Claim cl : c.claims()) {
                allocations.computeIfAbsent(cl.provider(), k -> new TreeMap<>())
                        .merge(cl.resourceClass(), cl.amount(), Long::sum);
            }
        }
        if (chosen.length == 1) {
            // one group (the common request): its providers are the only mapping
            return new MergedCandidate(allocations, Map.of(chosen[0].suffix(), sorted(chosen[0].providers())));
        }
        Map<String, Set<String>> bySuffix = new TreeMap<>();
        for (GroupCandidate c : chosen) {
            bySuffix.computeIfAbsent(c.suffix(), k -> new TreeSet<>()).addAll(c.providers());
        }
        Map<String, List<String>> mappings = new LinkedHashMap<>();
        bySuffix.forEach((suffix, providers) -> mappings.put(suffix, List.copyOf(providers)));
        return new MergedCandidate(allocations, mappings);
    }

    private static List<String> sorted(Set<String> providers) {
        if (providers.size() == 1) {
            return List.of(providers.iterator().next());
        }
        return List.copyOf(new TreeSet<>(providers));
    }
}
