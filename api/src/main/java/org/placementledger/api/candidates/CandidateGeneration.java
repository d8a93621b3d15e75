package org.placementledger.api.candidates;

/**
 * How candidates are generated ({@code [placement]} options of Placement master).
 *
 * @param maxCandidates stop after this many distinct candidates; -1 for no cap
 * @param breadthFirst  take one candidate from each viable root in turn instead of root by root
 * @param randomize     a random sample under a limit, else a shuffled answer
 */
public record CandidateGeneration(int maxCandidates,
        boolean breadthFirst,
        boolean randomize) {

    public static final CandidateGeneration DEFAULTS = new CandidateGeneration(-1, false, false);
}
