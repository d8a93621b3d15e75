package org.placementledger.query.candidates;

/** An amount of one resource class taken from one provider. */
record Claim(String provider, String resourceClass, long amount) {
}
