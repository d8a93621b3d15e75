package org.placementledger.api.candidates;

/** How far this node's allocation candidates index is behind the shared event store; answers IndexLag. */
public record FindIndexLagQuery() {
}
