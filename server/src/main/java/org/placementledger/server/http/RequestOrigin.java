package org.placementledger.server.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the client reached Placement: scheme, host and path prefix, from which absolute
 * {@code Location}s and the prefix of relative links are made. Behind a reverse proxy, with
 * {@code placement.enable-proxy-headers-parsing}, they come from the proxy's headers as oslo's
 * HTTPProxyToWSGI reads them: the first entry of RFC 7239 {@code Forwarded} (proto, host), else
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}; {@code X-Forwarded-Prefix} goes before the path.
 */
record RequestOrigin(String scheme, String host, String prefix) {

    static RequestOrigin of(HttpServletRequest req, boolean proxyHeaders) {
        String scheme = req.getScheme();
        String host = req.getHeader("Host");
        if (host == null) {
            host = req.getServerName() + ":" + req.getServerPort();
        }
        String prefix = req.getContextPath();
        if (proxyHeaders) {
            String forwarded = req.getHeader("Forwarded");
            if (forwarded != null && !forwarded.isEmpty()) {
                String first = forwarded.split(",", 2)[0];
                scheme = field(first, "proto", scheme);
                host = field(first, "host", host);
            } else {
                scheme = orElse(req.getHeader("X-Forwarded-Proto"), scheme);
                host = orElse(req.getHeader("X-Forwarded-Host"), host);
            }
            String forwardedPrefix = req.getHeader("X-Forwarded-Prefix");
            if (forwardedPrefix != null && !forwardedPrefix.isEmpty()) {
                prefix = forwardedPrefix + prefix;
            }
        }
        return new RequestOrigin(scheme, host, prefix);
    }

    String baseUrl() {
        return scheme + "://" + host + prefix;
    }

    private static String field(String entry, String name, String otherwise) {
        for (String pair : entry.split(";")) {
            int eq = pair.indexOf('=');
            String key = (eq < 0 ? pair : pair.substring(0, eq)).strip();
            if (key.equalsIgnoreCase(name)) {
                return orElse(eq < 0 ? "" : pair.substring(eq + 1).strip(), otherwise);
            }
        }
        return otherwise;
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isEmpty() ? otherwise : value;
    }
}
