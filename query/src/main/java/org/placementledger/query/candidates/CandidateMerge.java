package org.placementledger.query.candidates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.placementledger.query.candidates.index.IndexView;

/**
 * Folds the per-group candidates into candidates for the whole request: per anchor, one candidate of
 * each group (an anchor missing any group is not viable), generated lazily anchor by anchor
 * (depth-first) or one from each viable anchor in turn (breadth-first). Anchors are taken in the
 * first group's order, which is the order Placement's merge meets the viable ones in, and only as
 * far as the selection asks.
 */
final class CandidateMerge {

    private CandidateMerge() {
    }

    /** @param bySuffix suffix -> that group's candidates by anchor, groups in request order */
    static Iterator<MergedCandidate> candidates(IndexView view, Map<String, AnchoredCandidates> bySuffix,
                                                boolean isolate, List<Set<String>> sameSubtrees,
                                                boolean breadthFirst) {
        List<String> suffixes = new ArrayList<>(bySuffix.keySet());
        List<AnchoredCandidates> groups = new ArrayList<>(bySuffix.values());
        List<List<Set<String>>> subtreesCompleteAt = AnchorCombinations.completeAt(sameSubtrees, suffixes);
        Iterator<String> anchors = groups.get(0).anchors();
        Iterator<Iterator<MergedCandidate>> perAnchor = new Iterator<>() {
            private Iterator<MergedCandidate> next;

            @Override
            public boolean hasNext() {
                while (next == null && anchors.hasNext()) {
                    next = viable(anchors.next());
                }
                return next != null;
            }

            @Override
            public Iterator<MergedCandidate> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Iterator<MergedCandidate> result = next;
                next = null;
                return result;
            }

            private Iterator<MergedCandidate> viable(String anchor) {
                List<Iterable<GroupCandidate>> sources = new ArrayList<>(groups.size());
                for (AnchoredCandidates group : groups) {
                    Iterable<GroupCandidate> here = group.at(anchor);
                    if (here == null) {
                        return null;
                    }
                    sources.add(here);
                }
                return new AnchorCombinations(view, sources, isolate, subtreesCompleteAt);
            }
        };
        return new Interleaving(perAnchor, breadthFirst);
    }

    /**
     * Each anchor's iterator to its end in turn, or (rotating) one element from each in turn: the
     * first round takes anchors as they come, later rounds cycle over those not yet dry.
     */
    private static final class Interleaving implements Iterator<MergedCandidate> {
        private final Iterator<Iterator<MergedCandidate>> source;
        private final Deque<Iterator<MergedCandidate>> queue = new ArrayDeque<>();
        private final boolean rotate;

        Interleaving(Iterator<Iterator<MergedCandidate>> source, boolean rotate) {
            this.source = source;
            this.rotate = rotate;
        }

        @Override
        public boolean hasNext() {
            while (true) {
                while (!queue.isEmpty() && !queue.peekFirst().hasNext()) {
                    queue.pollFirst();
                }
                if (!queue.isEmpty() && (!rotate || !source.hasNext())) {
                    return true;
                }
                if (!source.hasNext()) {
                    return false;
                }
                Iterator<MergedCandidate> fresh = source.next();
                if (fresh.hasNext()) {
                    if (rotate) {
                        queue.addFirst(fresh);
                        return true;
                    }
                    queue.addLast(fresh);
                }
            }
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
