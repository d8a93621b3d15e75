package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** The event stream (pages and NDJSON export), the audit routes' errors and who may read them, over real HTTP. */
class AuditEventsHttpTest extends HttpApiTest {

    private static final String SOME = "5c1d1ad7-6c77-4a4e-9f0a-3d7d0e0b8e01";
    private static final List<String> AUDIT_PATHS = List.of("/audit/events",
            "/audit/resource_providers/" + SOME + "/history", "/audit/consumers/" + SOME + "/history",
            "/audit/resource_providers/" + SOME + "/usages?at=2026-01-01T00:00:00Z",
            "/audit/usages?project_id=p&at=2026-01-01T00:00:00Z", "/audit/allocations/" + SOME
                    + "?at=2026-01-01T00:00:00Z");

    @Autowired
    private TimeoutProperties axonTimeouts;

    /** A provider with inventory: two events; answers the query string that lists from just before them. */
    private String twoNewEvents() {
        long before = lastPosition();
        String uuid = createProvider();
        put("/resource_providers/" + uuid + "/inventories", Map.of("resource_provider_generation", 0,
                "inventories", Map.of("VCPU", Map.of("total", 4)))).send();
        return before < 0 ? "" : "after=" + before;
    }

    private long lastPosition() {
        JsonNode page = get("/audit/events?limit=1000").send().json();
        while (page.get("has_more").asBoolean()) {
            page = get("/audit/events?limit=1000&after=" + page.at("/next/after").asLong()).send().json();
        }
        return page.at("/next/after").asLong(-1);
    }

    @Test
    void pagesFollowTheirNextLinksInGlobalOrder() {
        String from = twoNewEvents();
        twoNewEvents();
        List<JsonNode> seen = new ArrayList<>();
        String next = "/audit/events?limit=3&" + from;
        boolean more = true;
        while (more) {
            JsonNode page = get(next).send().json();
            page.get("events").forEach(seen::add);
            more = page.get("has_more").asBoolean();
            next = page.at("/next/href").asText().replaceFirst("^http://[^/]+", "");
        }
        assertThat(seen).hasSize(4);
        assertThat(seen).extracting(e -> e.get("type").asText()).containsExactly("ResourceProviderCreatedEvent",
                "InventoryChangedEvent", "ResourceProviderCreatedEvent", "InventoryChangedEvent");
        assertThat(seen.get(0).get("position").asLong()).isLessThan(seen.get(3).get("position").asLong());
        assertThat(seen.get(1).at("/payload/inventories/VCPU/total").asLong()).isEqualTo(4);
        assertThat(seen.get(1).at("/metadata/requestId").asText()).startsWith("req-");
        assertThat(seen.get(1).at("/metadata/userId").asText()).isEqualTo("admin");
        assertThat(seen.get(1).get("aggregate_type").asText()).isEqualTo("ResourceProvider");
        assertThat(seen.get(1).get("sequence_number").asLong()).isEqualTo(1);
        assertThat(Instant.parse(seen.get(1).get("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void ndjsonExportStreamsEveryEventAfterThePosition() {
        String from = twoNewEvents();
        twoNewEvents();
        Reply export = get("/audit/events?" + from).header("accept", "application/x-ndjson").send();
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("content-type")).startsWith("application/x-ndjson");
        String[] lines = export.raw().split("\n");
        assertThat(lines).hasSize(4);
        JsonNode paged = get("/audit/events?" + from).send().json().get("events");
        for (int i = 0; i < lines.length; i++) {
            assertThat(parse(lines[i])).isEqualTo(paged.get(i));
        }
        Reply all = get("/audit/events").header("accept", "application/x-ndjson").send();
        assertThat(all.raw().lines().count()).isGreaterThanOrEqualTo(4).isEqualTo(countByPaging());
        Reply limited = get("/audit/events?limit=2000&" + from).header("accept", "application/x-ndjson").send();
        assertThat(limited.raw().lines().count()).isEqualTo(4);
    }

    /**
     * The NDJSON export and GET /audit/verify walk the whole store in one query-bus call: on a long history that
     * takes minutes, and Axon's default limits (30 s per query handler, 60 s per query) cut it off.
     */
    @Test
    void queriesRunWithoutAxonsTimeLimits() {
        assertThat(axonTimeouts.getHandler().getQueries().getTimeoutMs()).isNegative();
        assertThat(axonTimeouts.getHandler().getQueries().getWarningThresholdMs()).isNegative();
        // The query bus's limit cannot be off (a negative one stops every query at once): the largest.
        assertThat(axonTimeouts.getTransaction().getQueryBus().getTimeoutMs()).isEqualTo(Integer.MAX_VALUE);
        assertThat(axonTimeouts.getTransaction().getQueryBus().getWarningThresholdMs()).isNegative();
    }

    /** The number of events in the store, counted by paging through it. */
    private long countByPaging() {
        long count = 0;
        String next = "/audit/events?limit=1000";
        while (next != null) {
            JsonNode page = get(next).send().json();
            count += page.get("events").size();
            next = page.get("has_more").asBoolean() ? "/audit/events?limit=1000&after=" + page.at("/next/after") : null;
        }
        return count;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void unreadableParametersAre400WithTheReasonAndNeverA500() {
        assertBadRequest("/audit/events?after=-1", "Invalid after: '-1'");
        assertBadRequest("/audit/events?after=ten", "Invalid after: 'ten'");
        assertBadRequest("/audit/events?limit=0", "Invalid limit: '0'. It must be a whole number from 1 to 1000.");
        assertBadRequest("/audit/events?limit=1001", "Invalid limit: '1001'");
        assertBadRequest("/audit/events?limit=99999999999999999999", "Invalid limit");
        assertBadRequest("/audit/events?since=3", "Unknown query parameter 'since'");
        assertBadRequest("/audit/resource_providers/" + SOME + "/history?limit=x", "Invalid limit: 'x'");
        assertBadRequest("/audit/allocations/" + SOME, "The query parameter 'at' is required.");
        assertBadRequest("/audit/allocations/" + SOME + "?at=yesterday", "Invalid at: 'yesterday'");
        assertBadRequest("/audit/allocations/" + SOME + "?at=2026-01-01T00:00:00", "Invalid at");
        assertBadRequest("/audit/resource_providers/" + SOME + "/usages?at=2026-13-01T00:00:00Z", "Invalid at");
        assertBadRequest("/audit/usages?at=2026-01-01T00:00:00Z", "The query parameter 'project_id' is required.");
        Reply bad = get("/audit/events?after=x").version("1.23").send();
        assertThat(bad.json().at("/errors/0/code").asText()).isEqualTo("placement.undefined_code");
        assertThat(bad.json().at("/errors/0/request_id").asText()).startsWith("req-");
    }

    private void assertBadRequest(String path, String detail) {
        Reply r = get(path).send();
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.json().at("/errors/0/detail").asText()).as(path).contains(detail);
    }

    @Test
    void offsetsAndAnUnencodedPlusAreReadAsTheSameMoment() {
        String consumer = newUuid();
        JsonNode utc = get("/audit/allocations/" + consumer + "?at=2026-01-01T12:00:00.5Z").send().json();
        Reply offset = get("/audit/allocations/" + consumer + "?at=2026-01-01T13:00:00.500+01:00").send();
        Reply plus = get("/audit/allocations/" + consumer + "?at=2026-01-01T13:00:00.500%2B01:00").send();
        assertThat(offset.status()).isEqualTo(200);
        assertThat(plus.json()).isEqualTo(utc).isEqualTo(offset.json());
        assertThat(utc).isEqualTo(JSON.valueToTree(Map.of("allocations", Map.of())));
        assertThat(get("/audit/resource_providers/" + newUuid() + "/usages?at=2026-01-01T00:00:00Z").send().status())
                .isEqualTo(404);
        assertThat(get("/audit/consumers/" + newUuid() + "/history").send().json().get("history")).isEmpty();
    }

    @Test
    void adminAndAuditorMayReadEveryAuditRouteAndAMemberMayNot() {
        for (String path : AUDIT_PATHS) {
            Reply admin = get(path).send();
            assertThat(admin.status()).as(path).isIn(200, 404);
            Reply auditor = get(path).header("x-auth-token", "eve:audit").header("x-roles", "auditor").send();
            assertThat(auditor.status()).as(path).isEqualTo(admin.status());
            Reply member = get(path).header("x-auth-token", "mallory:proj").header("x-roles", "member").send();
            assertThat(member.status()).as(path).isEqualTo(403);
            assertThat(member.raw()).contains("Policy does not allow audit:");
        }
        Reply placement = get("/resource_providers").header("x-auth-token", "eve:audit").header("x-roles", "auditor")
                .send();
        assertThat(placement.status()).isEqualTo(403);
    }

    @Test
    void onlyTheEventStreamSpeaksNdjson() {
        Reply r = get("/audit/usages?project_id=p&at=2026-01-01T00:00:00Z").header("accept", "application/x-ndjson")
                .send();
        assertThat(r.status()).isEqualTo(406);
        assertThat(get("/audit/events?limit=1").header("accept", "application/x-ndjson;q=0.5, application/json").send()
                .header("content-type")).startsWith("application/json");
    }
}
