package org.placementledger.query.candidates;

import java.util.List;
import java.util.Set;

/**
 * One way to satisfy one request group within the tree of {@code anchor} (a root provider): the
 * claims it makes and the providers that satisfied it (for a resourceless group: no claims, one provider).
 */
record GroupCandidate(String anchor, String suffix, boolean sameProvider, List<Claim> claims,
                      Set<String> providers) {

    GroupCandidate anchoredAt(String otherAnchor) {
        return new GroupCandidate(otherAnchor, suffix, sameProvider, claims, providers);
    }

    /** The one provider of a group that must be satisfied by a single provider. */
    String provider() {
        return providers.iterator().next();
    }
}
