package org.placementledger.query.candidates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.placementledger.api.candidates.CandidateGeneration;
import org.placementledger.query.candidates.index.IndexView;

/**
 * Takes merged candidates from the generator: drops repeats, stops at {@code max_allocation_candidates}
 * distinct ones, drops (below 1.29, when trees exist) those using two providers of one tree, and
 * applies the limit: the first N, or a uniform random sample when randomizing (shuffled either way).
 * Without randomizing the order is the generator's, so generation stops as soon as the limit is met.
 *
 * @param kept            the candidates returned
 * @param nestedExclusion the providers the summaries keep to below 1.29 (those used by any surviving
 *                        candidate), or null when whole trees are summarized
 */
record CandidateSelection(List<MergedCandidate> kept, Set<String> nestedExclusion) {

    static CandidateSelection select(IndexView view, Iterator<MergedCandidate> merged, Integer limit,
                                     boolean nestedAware, CandidateGeneration generation) {
        boolean excludeNested = !nestedAware && view.hasNestedProviders();
        boolean sample = limit != null && generation.randomize();
        boolean stopAtLimit = limit != null && !generation.randomize() && !excludeNested;
        Random random = ThreadLocalRandom.current();
        // Only a candidate made of sharing providers alone can come from several anchors; others are unique.
        // (without sharing providers in the index no candidate is, and none need be looked at)
        boolean anySharing = !view.withTrait(IndexView.SHARING_TRAIT).isEmpty();
        Set<MergedCandidate> seenShared = new HashSet<>();
        Set<String> used = excludeNested ? new TreeSet<>() : null;
        List<MergedCandidate> kept = new ArrayList<>();
        long distinct = 0;
        long passing = 0;
        while (merged.hasNext()) {
            MergedCandidate m = merged.next();
            if (anySharing && onlySharing(view, m) && !seenShared.add(m)) {
                continue;
            }
            distinct++;
            if (!excludeNested || onePerTree(m)) {
                passing++;
                if (used != null) {
                    used.addAll(m.allocations().keySet());
                }
                if (!sample || kept.size() < limit) {
                    kept.add(m);
                } else {
                    // reservoir sampling: every passing candidate ends up kept with the same chance
                    long slot = random.nextLong(passing);
                    if (slot < limit) {
                        kept.set((int) slot, m);
                    }
                }
            }
            if (generation.maxCandidates() >= 0 && distinct >= generation.maxCandidates()) {
                break;
            }
            if (stopAtLimit && kept.size() >= limit) {
                break;
            }
        }
        if (generation.randomize()) {
            Collections.shuffle(kept, random);
        }
        if (limit != null && limit < kept.size()) {
            kept = new ArrayList<>(kept.subList(0, limit));
        }
        return new CandidateSelection(kept, used);
    }

    private static boolean onlySharing(IndexView view, MergedCandidate m) {
        for (List<String> providers : m.mappings().values()) {
            for (String uuid : providers) {
                if (!Sharing.isSharing(view.provider(uuid))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean onePerTree(MergedCandidate m) {
        return m.roots().size() == m.allocations().size();
    }
}
