package org.placementledger.server.http;

/** One route's behaviour: a request in, a response out; refusals are thrown as PlacementException. */
@FunctionalInterface
public interface Handler {

    PlacementResponse handle(PlacementRequest request);
}
