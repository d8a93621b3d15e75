package org.placementledger.api.audit;

/**
 * Rebuild every read model from the event store, in the background. Answers the ReplayStatus at
 * start; refused (a PlacementException conflict) while another replay runs.
 */
public record StartReplayCommand() {
}
