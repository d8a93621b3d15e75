package org.placementledger.api.error;

/**
 * A 404 for an object that a lookup did not find (a provider, a resource class), as Placement's
 * object layer raises it. Placement turns those into 404s outside its handlers, so they go out
 * without the {@code vary} header that a handler's own 404 carries; the server keeps that difference.
 */
public class ObjectNotFoundException extends PlacementException {

    public ObjectNotFoundException(String message) {
        super(ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED, message);
    }
}
