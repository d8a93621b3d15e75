package org.placementledger.api.audit;

/** The progress of the latest replay; answers ReplayStatus (state "idle" when none ran). */
public record FindReplayStatusQuery() {
}
