package org.placementledger.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.ObjectNotFoundException;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.auth.Authenticator;
import org.placementledger.server.auth.RequestContext;
import org.placementledger.server.auth.Unauthenticated;
import org.placementledger.server.metrics.LedgerMetrics;
import org.placementledger.server.policy.PolicyEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Placement pipeline for every request, in Placement's order of checks: request id, CORS preflight
 * (when CORS is on), auth (401), microversion (400/406), route (404/405), version window (404), content
 * (400/415/406), policy (403), handler; then version, cache and CORS headers. Every refusal is rendered
 * by {@link ErrorResponses}.
 */
public class PlacementServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementServlet.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final transient Router router;
    private final transient PolicyEngine policy;
    private final transient Cors cors;
    private final transient ObjectMapper mapper;
    private final transient LedgerMetrics metrics;
    private final transient BodyLimit bodyLimit;
    private final transient Authenticator auth;
    private final boolean proxyHeaders;
    /** One INFO line per request; off only in the start-up warm-up's scratch ledger (ScratchLedgerWarmup). */
    private final boolean requestLog;

    public PlacementServlet(Router router, PolicyEngine policy, Cors cors, ObjectMapper mapper,
                            LedgerMetrics metrics, long maxBodyBytes, Authenticator auth, boolean proxyHeaders,
                            boolean requestLog) {
        this.router = router;
        this.policy = policy;
        this.cors = cors;
        this.mapper = mapper;
        this.metrics = metrics;
        this.bodyLimit = new BodyLimit(maxBodyBytes);
        this.auth = auth;
        this.proxyHeaders = proxyHeaders;
        this.requestLog = requestLog;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long started = System.nanoTime();
        String requestId = "req-" + UUID.randomUUID();
        resp.setHeader("x-openstack-request-id", requestId);
        String path = decodedPath(req);
        String method = req.getMethod();
        Microversion version = null;
        Route route = null;
        boolean inHandler = false;
        try {
            if (cors.answersPreflight(req)) {
                cors.preflight(req, resp);
                return;
            }
            RequestContext context = RequestContext.ANONYMOUS;
            if (!path.equals("/") && !path.isEmpty()) {
                context = auth.authenticate(req);
                if (context == null || context.userId() == null) {
                    throw new PlacementException(ErrorKind.UNAUTHORIZED,
                            org.placementledger.api.error.ErrorCode.UNDEFINED, "");
                }
            }
            version = Microversion.fromHeader(req.getHeader(Microversion.HEADER));
            resp.setHeader("openstack-api-version", "placement " + version);
            ContentChecks.checkRouterLevel(req);
            Router.Match match = router.route(method, path, version);
            inHandler = true;
            route = match.route();
            byte[] body = bodyLimit.read(req);
            ContentChecks.checkHandlerLevel(route, req, body);
            if (route.policy() != null) {
                policy.enforce(route.policy(), context);
            }
            PlacementRequest request = new PlacementRequest(method, path, version, match.params(),
                    QueryStrings.parse(req.getQueryString()), body, req.getContentType(), context, requestId,
                    RequestOrigin.of(req, proxyHeaders).baseUrl(), req.getHeader("Accept"));
            CallerMetadata.bind(requestId, req.getHeader("X-OpenStack-Request-Id"), context, version);
            write(req, resp, route.handler().handle(request), version);
        } catch (PlacementException e) {
            writeError(req, resp, e, requestId, version, inHandler);
        } catch (RuntimeException e) {
            PlacementException known = Failures.unwrap(e);
            if (known != null) {
                writeError(req, resp, known, requestId, version, inHandler);
            } else {
                LOG.error("{} {} {} failed unexpectedly", requestId, method, path, e);
                resp.setStatus(500);
                resp.setContentType("application/json");
                cors.decorate(req, resp);
                mapper.writeValue(resp.getOutputStream(), ErrorResponses.internalError(requestId));
            }
        } finally {
            CallerMetadata.clear();
            metrics.request(method, route == null ? null : route.pattern(), resp.getStatus(),
                    version == null ? null : version.toString(), System.nanoTime() - started);
            if (requestLog) {
                LOG.info("{} {} {} status {} microversion {} {} ms", requestId, method, path, resp.getStatus(),
                        version, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private void write(HttpServletRequest req, HttpServletResponse resp, PlacementResponse response,
                       Microversion version) throws IOException {
        resp.setStatus(response.status());
        resp.setHeader("vary", "openstack-api-version");
        response.headers().forEach(resp::setHeader);
        if (version.atLeast(1, 15) && response.sendsCacheHeaders()) {
            if (response.sendsLastModified()) {
                Instant at = response.lastModified() == null ? Instant.now() : response.lastModified();
                resp.setHeader("Last-Modified", HTTP_DATE.format(at));
            }
            resp.setHeader("Cache-Control", "no-cache");
        }
        cors.decorate(req, resp);
        if (response.stream() != null) {
            writeStream(resp, response);
        } else if (response.body() != null) {
            resp.setContentType("application/json");
            mapper.writeValue(resp.getOutputStream(), response.body());
        }
    }

    private static void writeStream(HttpServletResponse resp, PlacementResponse response) throws IOException {
        resp.setContentType(response.streamType());
        try {
            response.stream().writeTo(resp.getOutputStream());
        } catch (RuntimeException e) {
            if (!resp.isCommitted()) {
                resp.resetBuffer();
                throw e;
            }
            // Part of the stream is out: the container then drops the connection, so the client sees a
            // broken transfer rather than a complete-looking but short export.
            throw new IOException("streamed response broken off", e);
        }
    }

    private void writeError(HttpServletRequest req, HttpServletResponse resp, PlacementException e, String requestId,
                            Microversion version, boolean inHandler) throws IOException {
        int status = ErrorResponses.status(e.kind());
        resp.setStatus(status);
        // Placement sends vary with what its handlers answer, 405s and microversion-window 404s included,
        // but not with refusals from before routing, unknown paths, or lookups that found no object.
        boolean handlerAnswer = inHandler || e instanceof Router.MethodNotAllowed
                || e instanceof Router.OutsideVersionWindow;
        if (handlerAnswer && !(e instanceof ObjectNotFoundException)) {
            resp.setHeader("vary", "openstack-api-version");
        }
        if (e instanceof Router.MethodNotAllowed notAllowed && notAllowed.allow() != null) {
            resp.setHeader("Allow", notAllowed.allow());
        }
        if (e instanceof Unauthenticated refused && refused.wwwAuthenticate() != null) {
            resp.setHeader("WWW-Authenticate", refused.wwwAuthenticate());
        }
        cors.decorate(req, resp);
        if ("HEAD".equals(req.getMethod())) {
            return; // no body: ContainerErrorValve gives it webob's headers for a HEAD
        }
        WebobBodies.Environment env = WebobBodies.Environment.of(req.getMethod(), req.getHeader("Accept"),
                req.getContentType());
        // Text goes through the output stream too: a streamed answer that failed before its first byte
        // has taken it already, and a response gives out only one of its stream and its writer.
        switch (ContentChecks.errorForm(env.accept())) {
            case JSON -> {
                resp.setContentType("application/json");
                mapper.writeValue(resp.getOutputStream(), ErrorResponses.body(e, requestId, version, env));
            }
            case HTML -> {
                resp.setContentType("text/html; charset=UTF-8");
                resp.getOutputStream().write(ErrorResponses.html(e, env).getBytes(StandardCharsets.UTF_8));
            }
            case PLAIN -> {
                resp.setContentType("text/plain; charset=UTF-8");
                resp.getOutputStream().write(ErrorResponses.plain(e, env).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The WSGI server hands Placement a percent-decoded path, its bytes read as Latin-1 (PEP 3333). */
    private static String decodedPath(HttpServletRequest req) {
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        try {
            return UriUtils.decode(raw, StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException malformed) {
            return raw; // like Python's unquote, a broken escape stays as it is
        }
    }
}
