package org.placementledger.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ops dashboard's static files: {@code /dashboard} (the page) and {@code /dashboard/assets/*} (its
 * script and style), from the classpath folder {@code dashboard/}. They hold no data and so ask for no
 * token: the page asks the user for one and sends it with its {@code /dashboard/data} requests, which
 * go through the Placement pipeline (auth, policy). Anything else here is a Placement-style 404 or 405.
 */
public class DashboardPageServlet extends HttpServlet {

    /** Served file by request path, with its media type. */
    private static final Map<String, String[]> FILES = Map.of(
            "/dashboard", new String[] {"index.html", "text/html; charset=UTF-8"},
            "/dashboard/assets/dashboard.js", new String[] {"dashboard.js", "text/javascript; charset=UTF-8"},
            "/dashboard/assets/dashboard.css", new String[] {"dashboard.css", "text/css; charset=UTF-8"});

    // Same-origin only: no CDN, no inline script, no framing.
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final transient ObjectMapper mapper;

    public DashboardPageServlet(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String requestId = "req-" + UUID.randomUUID();
        resp.setHeader("x-openstack-request-id", requestId);
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String[] file = FILES.get(path);
        if (file == null) {
            refuse(resp, requestId, ErrorKind.NOT_FOUND, "No dashboard file at " + path + ".");
            return;
        }
        boolean head = "HEAD".equals(req.getMethod());
        if (!head && !"GET".equals(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD");
            refuse(resp, requestId, ErrorKind.METHOD_NOT_ALLOWED,
                    "The method specified is not allowed for this resource.");
            return;
        }
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/dashboard/" + file[0])) {
            bytes = in.readAllBytes();
        }
        resp.setStatus(200);
        resp.setContentType(file[1]);
        resp.setContentLength(bytes.length);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        if (!head) {
            resp.getOutputStream().write(bytes);
        }
    }

    private void refuse(HttpServletResponse resp, String requestId, ErrorKind kind, String message)
            throws IOException {
        resp.setStatus(ErrorResponses.status(kind));
        resp.setContentType("application/json");
        mapper.writeValue(resp.getOutputStream(),
                ErrorResponses.body(new PlacementException(kind, ErrorCode.UNDEFINED, message), requestId, null));
    }
}
