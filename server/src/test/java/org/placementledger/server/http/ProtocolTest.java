package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Microversions, error format, auth and routing over real HTTP (spec §1). */
class ProtocolTest extends HttpApiTest {

    @Test
    void rootNeedsNoTokenAndNamesTheVersionRange() {
        Reply r = new Call("/").header("x-auth-token", "").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/versions/0/max_version").asText()).isEqualTo("1.39");
        assertThat(r.json().at("/versions/0/links/0/href").asText()).isEmpty();
    }

    @Test
    void everyOtherRouteNeedsAToken() {
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/resource_providers")).build();
        try {
            var resp = java.net.http.HttpClient.newHttpClient().send(req,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(resp.statusCode()).isEqualTo(401);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void versionHeadersAreEchoed() {
        Reply r = get("/resource_providers").version("1.14").send();
        assertThat(r.header("openstack-api-version")).isEqualTo("placement 1.14");
        assertThat(r.header("vary")).isEqualTo("openstack-api-version");
        assertThat(get("/").version("latest").send().header("openstack-api-version")).isEqualTo("placement 1.39");
    }

    @Test
    void malformedVersionIs400AndUnknownIs406WithTheRange() {
        Reply bad = get("/").version("pony.horse").send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/detail").asText()).endsWith("\n\n Invalid microversion: invalid version "
                + "string: pony.horse; invalid literal for int() with base 10: 'pony'  ");
        assertThat(get("/").version("1").send().raw()).contains(
                "invalid version string: 1; Version.__new__() missing 1 required positional argument: 'minor'");
        Reply unknown = get("/").version("1.40").send();
        assertThat(unknown.status()).isEqualTo(406);
        assertThat(unknown.json().at("/errors/0/max_version").asText()).isEqualTo("1.39");
        assertThat(unknown.json().at("/errors/0/min_version").asText()).isEqualTo("1.0");
    }

    @Test
    void errorsCarryACodeFrom123AndARequestId() {
        Reply old = get("/nowhere").version("1.22").send();
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.json().at("/errors/0").has("code")).isFalse();
        assertThat(old.json().at("/errors/0/request_id").asText()).matches("req-[0-9a-f-]+");
        Reply current = get("/nowhere").version("1.23").send();
        assertThat(current.json().at("/errors/0/code").asText()).isEqualTo("placement.undefined_code");
        assertThat(current.header("x-openstack-request-id")).startsWith("req-");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Reply r = delete("/resource_providers").send();
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("allow")).isEqualTo("GET, POST");
        assertThat(new Call("/").method("HEAD").send().status()).isEqualTo(405);
    }

    @Test
    void anErrorToAHeadIsWebobsEmptyHtmlResponse() {
        for (Call call : List.of(new Call("/resource_providers").method("HEAD"),
                new Call("/resource_providers").method("HEAD").version("9.0"), new Call("/nope").method("HEAD"),
                new Call("/resource_providers").method("HEAD").header("x-auth-token", ""))) {
            Reply r = call.send();
            assertThat(r.status()).isIn(405, 406, 404, 401);
            assertThat(r.header("content-type").replace(" ", "")).isEqualTo("text/html;charset=UTF-8");
            assertThat(r.header("content-length")).isEqualTo("0");
        }
    }

    @Test
    void trailingSlashIsNotARoute() {
        assertThat(get("/resource_providers/").send().status()).isEqualTo(404);
    }

    @Test
    void methodsOutsideTheirWindowAre404() {
        assertThat(get("/traits").version("1.5").send().status()).isEqualTo(404);
        assertThat(get("/resource_classes").version("1.1").send().status()).isEqualTo(404);
    }

    @Test
    void contentTypeAndAcceptChecks() {
        Reply noType = new Call("/resource_providers").method("POST")
                .header("content-type", "text/plain").json("{}").header("content-type", "text/plain").send();
        assertThat(noType.status()).isEqualTo(415);
        Reply badAccept = get("/resource_providers").header("accept", "text/plain").send();
        assertThat(badAccept.status()).isEqualTo(406);
    }

    /** Found by fuzzing: a form body that cannot be decoded must not reach a form parser and fail there. */
    @Test
    void anUndecodableFormBodyIsAPlacement415NotA500() {
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            Reply r = new Call("/resource_providers/" + newUuid()).method(method).json("a=%zz")
                    .header("content-type", "application/x-www-form-urlencoded").send();
            // PUT: 415 (Placement reads JSON only); POST: 405; DELETE ignores a body: 404 (no such provider)
            assertThat(r.status()).as(method).isEqualTo(Map.of("PUT", 415, "POST", 405, "DELETE", 404).get(method));
            assertThat(r.json().at("/errors/0/status").asInt()).isEqualTo(r.status());
        }
    }

    @Test
    void cacheHeadersFrom115() {
        assertThat(get("/").version("1.14").send().header("last-modified")).isNull();
        Reply r = get("/").version("1.15").send();
        assertThat(r.header("cache-control")).isEqualTo("no-cache");
        assertThat(r.header("last-modified")).matches("\\w+, \\d+ \\w+ \\d{4} [\\d:]+ GMT");
    }

    @Test
    void nonAdminIsRefusedByPolicy() {
        Reply r = get("/resource_providers").header("x-auth-token", "user:project").version("1.23").send();
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.raw()).contains("Policy does not allow placement:resource_providers:list to be performed.");
    }

    @Test
    void schemaErrorsAreWordedAsPlacementWordsThem() {
        Reply r = post("/resource_providers", Map.of("name", "x".repeat(201))).send();
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).contains("JSON does not validate").contains("is too long")
                .contains("Failed validating 'maxLength'");
        Reply extra = post("/resource_providers", Map.of("name", "x", "color", "blue")).send();
        assertThat(extra.raw()).contains("Additional properties are not allowed ('color' was unexpected)");
        Reply malformed = post("/resource_providers", "{not json").send();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.raw()).contains("Malformed JSON");
    }

    @Test
    void varyGoesWithHandlerAnswersNotWithUnknownPathsOrObjectLookups() {
        Reply unknownPath = get("/nowhere").version("1.38").send();
        assertThat(unknownPath.header("vary")).isNull();
        assertThat(unknownPath.json().at("/errors/0/detail").asText()).isEqualTo("The resource could not be found.\n\n   ");
        Reply tooOld = post("/reshaper", Map.of()).version("1.29").send();
        assertThat(tooOld.status()).isEqualTo(404);
        assertThat(tooOld.header("vary")).isEqualTo("openstack-api-version");
        Reply patch = new Call("/resource_providers").method("PATCH").version("1.38").send();
        assertThat(patch.status()).isEqualTo(405);
        assertThat(patch.header("vary")).isEqualTo("openstack-api-version");
        assertThat(patch.header("allow")).isEqualTo("GET, POST");
        Reply noProvider = get("/resource_providers/" + java.util.UUID.randomUUID()).version("1.38").send();
        assertThat(noProvider.status()).isEqualTo(404);
        assertThat(noProvider.header("vary")).isNull();
        Reply noClass = get("/resource_classes/CUSTOM_NOPE").version("1.38").send();
        assertThat(noClass.header("vary")).isNull();
        Reply noTrait = get("/traits/CUSTOM_NOPE").version("1.38").send();
        assertThat(noTrait.status()).isEqualTo(404);
        assertThat(noTrait.header("vary")).isEqualTo("openstack-api-version");
    }

    @Test
    void pathsArePercentDecodedBeforeRouting() {
        assertThat(get("/resource%5Fproviders").version("1.38").send().status()).isEqualTo(200);
        Reply trait = get("/traits/CUSTOM%5FNOPE").version("1.38").send();
        assertThat(trait.status()).isEqualTo(404);
        assertThat(trait.raw()).contains("No such trait(s): CUSTOM_NOPE.");
    }

    @Test
    void proxyHeadersAreIgnoredByDefault() {
        Reply created = post("/resource_providers", Map.of("name", "proxied-" + java.util.UUID.randomUUID()))
                .version("1.20").header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Prefix", "/placement").send();
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("location")).startsWith("http://127.0.0.1:" + port + "/resource_providers/");
        assertThat(created.json().at("/links/0/href").asText()).startsWith("/resource_providers/");
    }
}
