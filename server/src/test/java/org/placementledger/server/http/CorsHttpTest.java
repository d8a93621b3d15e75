package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.placementledger.server.PlacementLedgerApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The "cors" profile: oslo.middleware's CORS in front of auth, for http://valid.example.com. */
@SpringBootTest(classes = PlacementLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"placement.profile=cors", "spring.datasource.url=jdbc:h2:mem:placement-cors;DB_CLOSE_DELAY=-1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CorsHttpTest extends HttpApiTest {

    private static final String VALID = "http://valid.example.com";

    /** A request without a token: preflight comes before auth. */
    private HttpResponse<String> anonymous(String method, String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void anAllowedPreflightIsAnsweredWithoutAToken() {
        HttpResponse<String> r = anonymous("OPTIONS", "/resource_providers", "Origin", VALID,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "OpenStack-API-Version");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(header(r, "access-control-allow-origin")).isEqualTo(VALID);
        assertThat(header(r, "access-control-allow-methods")).isEqualTo("POST");
        assertThat(header(r, "access-control-allow-headers")).isEqualTo("OpenStack-API-Version");
        assertThat(header(r, "access-control-allow-credentials")).isEqualTo("true");
        assertThat(header(r, "access-control-max-age")).isEqualTo("3600");
        assertThat(header(r, "vary")).isEqualTo("Origin");
    }

    @Test
    void aPreflightOutsideTheConfigurationIsA200WithoutCorsHeaders() {
        HttpResponse<String> otherOrigin = anonymous("OPTIONS", "/", "Origin", "http://invalid.example.com",
                "Access-Control-Request-Method", "GET");
        assertThat(otherOrigin.statusCode()).isEqualTo(200);
        assertThat(header(otherOrigin, "access-control-allow-origin")).isNull();
        HttpResponse<String> otherHeader = anonymous("OPTIONS", "/", "Origin", VALID,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "X-Roles");
        assertThat(header(otherHeader, "access-control-allow-origin")).isNull();
        HttpResponse<String> otherMethod = anonymous("OPTIONS", "/", "Origin", VALID,
                "Access-Control-Request-Method", "TRACE");
        assertThat(header(otherMethod, "access-control-allow-origin")).isNull();
    }

    @Test
    void simpleRequestsFromAnAllowedOriginGetCorsHeaders() {
        Reply r = get("/resource_providers").version("1.20").header("origin", VALID).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("access-control-allow-origin")).isEqualTo(VALID);
        assertThat(r.header("access-control-expose-headers")).isEqualTo(
                "X-Auth-Token,X-Openstack-Request-Id,X-Subject-Token,X-Service-Token,OpenStack-API-Version");
        assertThat(r.header("vary")).isEqualTo("openstack-api-version,Origin");
        assertThat(get("/").header("origin", "http://invalid.example.com").send()
                .header("access-control-allow-origin")).isNull();
    }

    @Test
    void refusalsCarryCorsHeadersToo() {
        HttpResponse<String> r = anonymous("GET", "/resource_providers", "Origin", VALID);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(header(r, "access-control-allow-origin")).isEqualTo(VALID);
    }
}
