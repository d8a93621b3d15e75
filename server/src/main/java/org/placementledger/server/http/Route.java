package org.placementledger.server.http;

/**
 * One line of the route table: a method on a path pattern, the microversion window in which it
 * exists, the policy rule that guards it, whether it reads a JSON body, and its handler.
 *
 * @param belowMinimumIs405 Placement's one quirk: DELETE of all inventories below 1.5 is a 405, not a 404
 * @param ndjson            the route may also answer {@code application/x-ndjson} (the audit event export)
 */
public record Route(String method, String pattern, Microversion min, Microversion max, String policy,
                    BodyKind body, boolean belowMinimumIs405, Handler handler, boolean ndjson) {

    public Route(String method, String pattern, Microversion min, Microversion max, String policy,
                 BodyKind body, boolean belowMinimumIs405, Handler handler) {
        this(method, pattern, min, max, policy, body, belowMinimumIs405, handler, false);
    }

    /** What a route expects of the request body. */
    public enum BodyKind {
        /** no body is read: no content-type check */
        NONE,
        /** a JSON body is required: anything but application/json is a 415 */
        JSON
    }

    public boolean isGet() {
        return "GET".equals(method);
    }

    public boolean covers(Microversion version) {
        return version.compareTo(min) >= 0 && version.compareTo(max) <= 0;
    }
}
