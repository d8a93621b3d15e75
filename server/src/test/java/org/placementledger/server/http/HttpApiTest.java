package org.placementledger.server.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.placementledger.server.PlacementLedgerApplication;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Base of the HTTP tests: the real app on a random port (in-memory H2, one context shared by every
 * test class), spoken to over real HTTP. Tests share the store, so each uses fresh names and uuids.
 * The policy is the conformance suite's "default" profile (master's rules, deprecated admin fallback on).
 */
@SpringBootTest(classes = PlacementLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "placement.profile=default")
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false) // the Prometheus registry, which Spring's tests leave out by default
public abstract class HttpApiTest {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    /** An answer: status, headers and body (parsed when it is JSON). */
    public record Reply(int status, java.net.http.HttpHeaders headers, String raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A request under construction: admin token and JSON accept by default. */
    protected final class Call {
        private final HttpRequest.Builder builder;
        private String method = "GET";
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(String path) {
            this(path, "admin");
        }

        Call(String path, String token) {
            builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("accept", "application/json");
            if (token != null) {
                builder.header("x-auth-token", token);
            }
        }

        public Call version(String v) {
            builder.header("openstack-api-version", "placement " + v);
            return this;
        }

        public Call header(String name, String value) {
            builder.setHeader(name, value);
            return this;
        }

        public Call method(String m) {
            this.method = m;
            return this;
        }

        public Call json(Object value) {
            try {
                String text = value instanceof String s ? s : JSON.writeValueAsString(value);
                body = HttpRequest.BodyPublishers.ofString(text);
                builder.setHeader("content-type", "application/json");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return this;
        }

        public Reply send() {
            try {
                HttpResponse<String> r = CLIENT.send(builder.method(method, body).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.headers(), r.body());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    protected Call get(String path) {
        return new Call(path);
    }

    /** A GET without any X-Auth-Token header. */
    protected Call anonymousGet(String path) {
        return new Call(path, null);
    }

    protected Call post(String path, Object body) {
        return new Call(path).method("POST").json(body);
    }

    protected Call put(String path, Object body) {
        return new Call(path).method("PUT").json(body);
    }

    protected Call delete(String path) {
        return new Call(path).method("DELETE");
    }

    /** The audit position of the newest stored event (-1: none). */
    protected long lastEventPosition() {
        JsonNode page = get("/audit/events?limit=1000").send().json();
        while (page.get("has_more").asBoolean()) {
            page = get("/audit/events?limit=1000&after=" + page.at("/next/after").asLong()).send().json();
        }
        return page.at("/next/after").asLong(-1);
    }

    protected static String newUuid() {
        return UUID.randomUUID().toString();
    }

    /** Creates a root provider with a fresh name and returns its uuid. */
    protected String createProvider() {
        String uuid = newUuid();
        Reply r = post("/resource_providers", java.util.Map.of("name", "rp-" + uuid, "uuid", uuid)).send();
        if (r.status() != 201) {
            throw new AssertionError("could not create a provider: " + r.status() + " " + r.raw());
        }
        return uuid;
    }
}
