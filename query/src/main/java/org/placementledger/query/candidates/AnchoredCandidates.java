package org.placementledger.query.candidates;

import java.util.Iterator;
import java.util.Map;

/**
 * One request group's candidates, by anchor (a root provider). The unsuffixed group computes an
 * anchor's candidates only when the merge reaches it, so a request with a limit stops early instead
 * of visiting every tree first.
 */
interface AnchoredCandidates {

    /** The anchors with at least one candidate, in the order the merge meets them. */
    Iterator<String> anchors();

    /** The candidates at the anchor; null when it has none. */
    Iterable<GroupCandidate> at(String anchor);

    default boolean isEmpty() {
        return !anchors().hasNext();
    }

    /** Candidates computed up front, anchors in the map's order. */
    static AnchoredCandidates of(Map<String, ? extends Iterable<GroupCandidate>> byAnchor) {
        return new AnchoredCandidates() {
            @Override
            public Iterator<String> anchors() {
                return byAnchor.keySet().iterator();
            }

            @Override
            public Iterable<GroupCandidate> at(String anchor) {
                return byAnchor.get(anchor);
            }
        };
    }
}
