package org.placementledger.server.http;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reliability: 1,000 concurrent claims over HTTP against one node never overcommit or leave debris. */
class ClaimRaceTest extends HttpApiTest {

    static final int CLAIMS = 1000;
    static final int THREADS = 16;

    @Test
    void concurrentClaimsNeverOvercommitAndLeaveNothingBehindWhenRefused() throws Exception {
        ClaimRace race = new ClaimRace(List.of(new PlacementClient(port))).createProviders(3);
        List<ClaimRace.Outcome> outcomes = race.run(race.plan(CLAIMS, 20260101L), THREADS);
        System.out.println(race.summary("one node (H2)", outcomes, THREADS));
        race.verify(outcomes);
        race.verifyEveryNodeSeesTheSameCapacityLeft(outcomes);
    }
}
