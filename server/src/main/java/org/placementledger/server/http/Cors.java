package org.placementledger.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.placementledger.server.config.CorsProperties;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS as oslo.middleware's CORS filter answers it, in front of auth: with CORS on, every OPTIONS is
 * a 200 with no body, carrying the preflight headers when origin, method and headers are allowed;
 * other responses to an allowed origin carry Access-Control-Allow-Origin and its companions.
 */
@Component
public class Cors {

    /** Headers a client may always send (oslo.middleware's simple_headers). */
    private static final List<String> SIMPLE_HEADERS = List.of("Accept", "Accept-Language", "Content-Type",
            "Cache-Control", "Content-Language", "Expires", "Last-Modified", "Pragma");

    private final CorsProperties config;

    public Cors(CorsProperties config) {
        this.config = config;
    }

    /** With CORS on, OPTIONS never reaches auth or routing. */
    public boolean answersPreflight(HttpServletRequest req) {
        return config.enabled() && "OPTIONS".equals(req.getMethod());
    }

    public void preflight(HttpServletRequest req, HttpServletResponse resp) {
        resp.setStatus(200);
        String origin = allowedOrigin(req.getHeader("Origin"));
        String method = req.getHeader("Access-Control-Request-Method");
        if (origin == null || method == null || !config.allowMethods().contains(method)) {
            return;
        }
        List<String> requested = split(req.getHeader("Access-Control-Request-Headers"));
        List<String> permitted = new ArrayList<>();
        config.allowHeaders().forEach(h -> permitted.add(h.toUpperCase(Locale.ROOT)));
        SIMPLE_HEADERS.forEach(h -> permitted.add(h.toUpperCase(Locale.ROOT)));
        if (!requested.stream().allMatch(h -> permitted.contains(h.toUpperCase(Locale.ROOT)))) {
            return;
        }
        resp.setHeader("Vary", "Origin");
        allowOrigin(resp, origin);
        if (config.maxAge() != 0) {
            resp.setHeader("Access-Control-Max-Age", String.valueOf(config.maxAge()));
        }
        resp.setHeader("Access-Control-Allow-Methods", method);
        if (!requested.isEmpty()) {
            resp.setHeader("Access-Control-Allow-Headers", String.join(",", requested));
        }
    }

    /** Adds the CORS headers of a simple request; call once the response's own headers are set. */
    public void decorate(HttpServletRequest req, HttpServletResponse resp) {
        String origin = config.enabled() ? allowedOrigin(req.getHeader("Origin")) : null;
        if (origin == null) {
            return;
        }
        String vary = resp.getHeader("Vary");
        resp.setHeader("Vary", vary == null ? "Origin" : vary + ",Origin");
        allowOrigin(resp, origin);
        if (!config.exposeHeaders().isEmpty()) {
            resp.setHeader("Access-Control-Expose-Headers", String.join(",", config.exposeHeaders()));
        }
    }

    private void allowOrigin(HttpServletResponse resp, String origin) {
        resp.setHeader("Access-Control-Allow-Origin", origin);
        if (config.allowCredentials()) {
            resp.setHeader("Access-Control-Allow-Credentials", "true");
        }
    }

    /** The origin to allow: the request's own when listed, {@code *} when any is, else null. */
    private String allowedOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        if (config.allowedOrigin().contains(origin)) {
            return origin;
        }
        return config.allowedOrigin().contains("*") ? "*" : null;
    }

    private static List<String> split(String header) {
        List<String> values = new ArrayList<>();
        if (header != null) {
            for (String value : header.split(",")) {
                if (!value.strip().isEmpty()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }
}
