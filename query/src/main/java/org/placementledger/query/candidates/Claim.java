package org.placementledger.query.candidates;

import org.placementledger.query.candidates.index.ProviderNode;

/** An amount of one resource class taken from one provider (the node itself: the merge checks it without a lookup). */
record Claim(ProviderNode node, String resourceClass, long amount) {

    String provider() {
        return node.uuid();
    }
}
