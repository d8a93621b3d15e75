package org.placementledger.query.candidates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.placementledger.query.candidates.index.IndexView;

/**
 * Folds the per-group candidates into candidates for the whole request: per anchor, one candidate of
 * each group (an anchor missing any group is not viable), generated lazily anchor by anchor
 * (depth-first) or one from each viable anchor in turn (breadth-first).
 */
final class CandidateMerge {

    private CandidateMerge() {
    }

    /** @param bySuffix suffix -> anchor -> that group's candidates there, groups in request order */
    static Iterator<MergedCandidate> candidates(IndexView view, Map<String, Map<String, Iterable<GroupCandidate>>> bySuffix,
                                                boolean isolate, List<Set<String>> sameSubtrees,
                                                boolean breadthFirst) {
        List<String> suffixes = new ArrayList<>(bySuffix.keySet());
        // anchors in the order they first appear, as Placement's merge meets them
        Set<String> anchors = new LinkedHashSet<>();
        bySuffix.values().forEach(byAnchor -> anchors.addAll(byAnchor.keySet()));
        List<Iterator<MergedCandidate>> perAnchor = new ArrayList<>();
        for (String anchor : anchors) {
            List<Iterable<GroupCandidate>> sources = new ArrayList<>();
            for (String suffix : suffixes) {
                Iterable<GroupCandidate> here = bySuffix.get(suffix).get(anchor);
                if (here == null) {
                    break;
                }
                sources.add(here);
            }
            if (sources.size() == suffixes.size()) {
                perAnchor.add(new AnchorCombinations(view, sources, isolate, sameSubtrees, suffixes));
            }
        }
        return new Interleaving(perAnchor, breadthFirst);
    }

    /** Each iterator to its end in turn, or (rotating) one element from each in turn; dry ones are dropped. */
    private static final class Interleaving implements Iterator<MergedCandidate> {
        private final Deque<Iterator<MergedCandidate>> queue;
        private final boolean rotate;

        Interleaving(List<Iterator<MergedCandidate>> iterators, boolean rotate) {
            this.queue = new ArrayDeque<>(iterators);
            this.rotate = rotate;
        }

        @Override
        public boolean hasNext() {
            while (!queue.isEmpty() && !queue.peekFirst().hasNext()) {
                queue.pollFirst();
            }
            return !queue.isEmpty();
        }

        @Override
        public MergedCandidate next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (!rotate) {
                return queue.peekFirst().next();
            }
            Iterator<MergedCandidate> head = queue.pollFirst();
            MergedCandidate value = head.next();
            queue.addLast(head);
            return value;
        }
    }
}
