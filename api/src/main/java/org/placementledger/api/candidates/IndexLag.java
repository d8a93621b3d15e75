package org.placementledger.api.candidates;

/**
 * The candidates index's lag behind the shared event store (other nodes' writes not yet applied).
 *
 * @param eventsBehind  events in the store the index has not applied yet
 * @param secondsBehind 0 when caught up, else the seconds since the index last reached the store's head
 *                      (an upper bound on the age of the oldest event not yet applied)
 */
public record IndexLag(long eventsBehind, double secondsBehind) {
}
