package org.placementledger.api.audit;

/**
 * Walk the whole event history and check Placement's invariants at every step and at the end;
 * answers a VerifyReport listing at most {@code maxFindings} findings (all of them counted).
 */
public record VerifyLedgerQuery(int maxFindings) {
}
