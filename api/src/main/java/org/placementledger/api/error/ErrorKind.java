package org.placementledger.api.error;

/** What kind of refusal an error is; the server maps each kind to one HTTP status. */
public enum ErrorKind {
    BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT,
    PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, SERVICE_UNAVAILABLE
}
