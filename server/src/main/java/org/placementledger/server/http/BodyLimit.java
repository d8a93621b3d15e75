package org.placementledger.server.http;

import java.io.IOException;
import java.io.InputStream;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a request body of at most {@code placement.max-body-bytes}: a larger one is a 413 before any
 * handler runs. Counted while reading, since a chunked body has no Content-Length and a declared one
 * may lie.
 */
final class BodyLimit {

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        InputStream in = req.getInputStream();
        byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        return body;
    }

    private PlacementException tooLarge() {
        return new PlacementException(ErrorKind.PAYLOAD_TOO_LARGE, ErrorCode.UNDEFINED,
                "Request is too large: the body must not exceed " + maxBytes + " bytes.");
    }
}
