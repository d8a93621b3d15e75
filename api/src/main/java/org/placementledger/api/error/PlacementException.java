package org.placementledger.api.error;

/**
 * The one error type of the project: a refusal with a kind (mapped to an HTTP status by the
 * server, in one place) and a stable Placement error code. The message is the specific detail
 * Placement puts after the generic explanation.
 */
public class PlacementException extends RuntimeException {

    private final ErrorKind kind;
    private final ErrorCode code;

    public PlacementException(ErrorKind kind, ErrorCode code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public static PlacementException badRequest(String message) {
        return new PlacementException(ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED, message);
    }

    public static PlacementException badRequest(ErrorCode code, String message) {
        return new PlacementException(ErrorKind.BAD_REQUEST, code, message);
    }

    public static PlacementException notFound(String message) {
        return new PlacementException(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED, message);
    }

    public static PlacementException conflict(String message) {
        return new PlacementException(ErrorKind.CONFLICT, ErrorCode.UNDEFINED, message);
    }

    public static PlacementException conflict(ErrorCode code, String message) {
        return new PlacementException(ErrorKind.CONFLICT, code, message);
    }

    public ErrorKind kind() {
        return kind;
    }

    public ErrorCode code() {
        return code;
    }
}
