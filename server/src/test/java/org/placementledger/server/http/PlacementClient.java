package org.placementledger.server.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.placementledger.server.http.HttpApiTest.Reply;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain client of one server by port, as admin, for tests that talk to more than one node. */
final class PlacementClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int port;

    PlacementClient(int port) {
        this.port = port;
    }

    Reply get(String path, String version) {
        return send("GET", path, null, version);
    }

    Reply put(String path, Object body, String version) {
        return send("PUT", path, body, version);
    }

    Reply post(String path, Object body, String version) {
        return send("POST", path, body, version);
    }

    Reply send(String method, String path, Object body, String version) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("x-auth-token", "admin").header("accept", "application/json")
                    .header("openstack-api-version", "placement " + version);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("content-type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
