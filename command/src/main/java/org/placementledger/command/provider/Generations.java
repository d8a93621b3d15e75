package org.placementledger.command.provider;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.PlacementException;

/** The optimistic check of a client-supplied provider generation. */
final class Generations {

    private Generations() {
    }

    static void check(long current, long expected) {
        check(current, expected, "resource provider generation conflict");
    }

    /** The wording of the trait and aggregate handlers, which check the generation themselves. */
    static void checkProviderChange(long current, long expected) {
        check(current, expected,
                "Resource provider's generation already changed. Please update the generation and try again.");
    }

    private static void check(long current, long expected, String message) {
        if (current != expected) {
            throw PlacementException.conflict(ErrorCode.CONCURRENT_UPDATE, message);
        }
    }
}
