package org.placementledger.query.candidates;

import java.util.ArrayList;
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
    private final List<List<Set<String>>> subtreesCompleteAt;
    private final List<Iterator<GroupCandidate>> choices = new ArrayList<>();
    private final GroupCandidate[] chosen;
    private int depth;
    private MergedCandidate next;

    /** @param subtreesCompleteAt per group, the same_subtree rules complete once it is chosen ({@link #completeAt}) */
    AnchorCombinations(IndexView view, List<Iterable<GroupCandidate>> sources, boolean isolate,
                       List<List<Set<String>>> subtreesCompleteAt) {
        this.view = view;
        this.sources = sources;
        this.isolate = isolate;
        this.subtreesCompleteAt = subtreesCompleteAt;
        this.chosen = new GroupCandidate[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            choices.add(null);
        }
        choices.set(0, sources.get(0).iterator());
    }

    /**
     * Per group (by index in {@code suffixes}), the same_subtree rules whose groups are all chosen once
     * it is: the same for every anchor of a request, so worked out once per merge.
     */
    static List<List<Set<String>>> completeAt(List<Set<String>> sameSubtrees, List<String> suffixes) {
        List<List<Set<String>>> result = new ArrayList<>();
        for (int i = 0; i < suffixes.size(); i++) {
            result.add(new ArrayList<>());
        }
        for (Set<String> subtree : sameSubtrees) {
            int last = subtree.stream().mapToInt(suffixes::indexOf).max().orElse(-1);
            if (last >= 0) {
                result.get(last).add(subtree);
            }
        }
        return result;
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
            Iterator<GroupCandidate> here = choices.get(depth);
            if (!here.hasNext()) {
                depth--;
                continue;
            }
            chosen[depth] = here.next();
            if (!fits(depth)) {
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

    /**
     * Whether the candidate chosen at depth d may join those chosen above it: isolate keeps the suffixed
     * groups' providers distinct; each claim, summed with what the groups above take of the same provider
     * and class, must fit; the same_subtree rules complete at d must hold. The groups are few, so the
     * sums are worked out by looking at them rather than kept in maps.
     */
    private boolean fits(int d) {
        GroupCandidate c = chosen[d];
        if (isolate && c.sameProvider() && isolatedAbove(d, c.provider())) {
            return false;
        }
        for (Claim cl : c.claims()) {
            if (!Capacity.fitsSum(cl.node(), cl.resourceClass(), cl.amount() + takenAbove(d, cl))) {
                return false;
            }
        }
        return subtreesHold(d);
    }

    private boolean isolatedAbove(int d, String provider) {
        for (int i = 0; i < d; i++) {
            if (chosen[i].sameProvider() && chosen[i].provider().equals(provider)) {
                return true;
            }
        }
        return false;
    }

    private long takenAbove(int d, Claim claim) {
        long taken = 0;
        for (int i = 0; i < d; i++) {
            for (Claim cl : chosen[i].claims()) {
                if (cl.node() == claim.node() && cl.resourceClass().equals(claim.resourceClass())) {
                    taken += cl.amount();
                }
            }
        }
        return taken;
    }

    /** The same_subtree rules whose groups are all chosen once depth d is: plain loop, run per choice. */
    private boolean subtreesHold(int d) {
        for (Set<String> suffixes : subtreesCompleteAt.get(d)) {
            if (!subtreeHolds(d, suffixes)) {
                return false;
            }
        }
        return true;
    }

    private boolean subtreeHolds(int d, Set<String> suffixes) {
        List<String> providers = new ArrayList<>();
        for (int i = 0; i <= d; i++) {
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
            return new MergedCandidate(allocations, Map.of(chosen[0].suffix(), sorted(chosen[0].providers())),
                    roots());
        }
        Map<String, Set<String>> bySuffix = new TreeMap<>();
        for (GroupCandidate c : chosen) {
            bySuffix.computeIfAbsent(c.suffix(), k -> new TreeSet<>()).addAll(c.providers());
        }
        Map<String, List<String>> mappings = new LinkedHashMap<>();
        bySuffix.forEach((suffix, providers) -> mappings.put(suffix, List.copyOf(providers)));
        return new MergedCandidate(allocations, mappings, roots());
    }

    /** The roots of the providers the chosen candidates take from: most often one. */
    private Set<String> roots() {
        String first = null;
        Set<String> more = null;
        for (GroupCandidate c : chosen) {
            for (Claim cl : c.claims()) {
                String root = cl.node().rootUuid();
                if (first == null) {
                    first = root;
                } else if (!first.equals(root)) {
                    more = more == null ? new HashSet<>(Set.of(first)) : more;
                    more.add(root);
                }
            }
        }
        return more != null ? more : first == null ? Set.of() : Set.of(first);
    }

    private static List<String> sorted(Set<String> providers) {
        if (providers.size() == 1) {
            return List.of(providers.iterator().next());
        }
        return List.copyOf(new TreeSet<>(providers));
    }
}
