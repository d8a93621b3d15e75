package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Scheme, host and prefix of Location headers and links, behind a proxy or not (oslo's HTTPProxyToWSGI). */
class RequestOriginTest {

    private static MockHttpServletRequest request() {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/resource_providers");
        req.setScheme("http");
        req.addHeader("Host", "10.0.0.5:8778");
        req.addHeader("X-Forwarded-Proto", "https");
        req.addHeader("X-Forwarded-Host", "placement.example.com");
        req.addHeader("X-Forwarded-Prefix", "/placement");
        return req;
    }

    @Test
    void proxyHeadersAreIgnoredUnlessParsingIsOn() {
        assertThat(RequestOrigin.of(request(), false).baseUrl()).isEqualTo("http://10.0.0.5:8778");
    }

    @Test
    void xForwardedHeadersGiveSchemeHostAndPrefix() {
        RequestOrigin origin = RequestOrigin.of(request(), true);
        assertThat(origin.baseUrl()).isEqualTo("https://placement.example.com/placement");
        assertThat(origin.prefix()).isEqualTo("/placement");
    }

    @Test
    void rfc7239ForwardedWinsOverXForwardedAndOnlyItsFirstEntryCounts() {
        MockHttpServletRequest req = request();
        req.addHeader("Forwarded", "for=192.0.2.60;proto=https;host=edge.example.org, for=198.51.100.17;proto=http");
        assertThat(RequestOrigin.of(req, true).baseUrl()).isEqualTo("https://edge.example.org/placement");
        MockHttpServletRequest onlyFor = request();
        onlyFor.addHeader("Forwarded", "for=192.0.2.60");
        // a Forwarded header without proto or host keeps the request's own (X-Forwarded-* is not read then)
        assertThat(RequestOrigin.of(onlyFor, true).baseUrl()).isEqualTo("http://10.0.0.5:8778/placement");
    }
}
