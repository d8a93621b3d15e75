package org.placementledger.command.provider;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;

/** The optimistic check of a client-supplied provider generation. */
final class Generations {

    private Generations() {
    }

    static void check(long current, long expected) {
        if (current != expected) {
            throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE,
                    "resource provider generation conflict");
        }
    }
}
