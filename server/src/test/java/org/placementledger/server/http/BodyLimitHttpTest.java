package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** placement.max-body-bytes (1 MiB by default): a larger body is a 413 and changes nothing. */
class BodyLimitHttpTest extends HttpApiTest {

    private static final int MIB = 1024 * 1024;

    /** A provider body padded with whitespace to {@code size} bytes: valid JSON of any size. */
    private static String providerBody(String name, int size) {
        String json = "{\"name\": \"" + name + "\"}";
        return json + " ".repeat(Math.max(0, size - json.length()));
    }

    private boolean exists(String name) {
        return get("/resource_providers?name=" + name).send().json().get("resource_providers").size() > 0;
    }

    private static void assertTooLarge(int status, String raw) throws IOException {
        assertThat(status).isEqualTo(413);
        JsonNode error = JSON.readTree(raw).at("/errors/0");
        assertThat(error.get("status").asInt()).isEqualTo(413);
        assertThat(error.get("title").asText()).isEqualTo("Request Entity Too Large");
        assertThat(error.get("detail").asText()).contains("Request is too large");
        assertThat(error.get("code").asText()).isEqualTo("placement.undefined_code");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnythingChanges() throws IOException {
        String name = "big-" + newUuid();
        Reply r = post("/resource_providers", providerBody(name, MIB + 1)).version("1.39").send();
        assertTooLarge(r.status(), r.raw());
        assertThat(exists(name)).isFalse();
    }

    @Test
    void aChunkedBodyIsCountedWhileReading() throws IOException, InterruptedException {
        String name = "chunked-" + newUuid();
        byte[] bytes = providerBody(name, MIB + 100).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/resource_providers"))
                .header("x-auth-token", "admin").header("accept", "application/json")
                .header("content-type", "application/json").header("openstack-api-version", "placement 1.39")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertTooLarge(r.statusCode(), r.body());
        assertThat(exists(name)).isFalse();
    }

    @Test
    void aBodyAtTheLimitIsRead() {
        String name = "padded-" + newUuid();
        assertThat(post("/resource_providers", providerBody(name, MIB)).version("1.39").send().status())
                .isEqualTo(200);
        assertThat(exists(name)).isTrue();
    }
}
