package org.placementledger.server.http;

/** {@link ReplayUnderWrites} on H2, the default store (which commits each DDL statement of the swap). */
class ReplayUnderWritesHttpTest extends ReplayUnderWrites {
}
