package org.placementledger.server.http;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders the errors that the servlet container raises before our pipeline runs (an unreadable
 * Content-Length, a malformed request line) in Placement's JSON error format instead of Tomcat's
 * HTML page, with no server details; and any error to a HEAD as webob does.
 */
public class ContainerErrorValve extends ErrorReportValve {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            // webob answers a HEAD with its plain Response defaults: no body, text/html, length 0 (our
            // servlet's errors to a HEAD come here too, as it writes them no body)
            response.setContentType("text/html; charset=UTF-8");
            response.setContentLength(0);
            return;
        }
        String requestId = "req-" + UUID.randomUUID();
        PlacementException error = new PlacementException(kind(status), ErrorCode.UNDEFINED, message(request, status));
        try {
            response.setContentType("application/json");
            response.setHeader("x-openstack-request-id", requestId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(MAPPER.writeValueAsString(ErrorResponses.body(error, requestId, null)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is closed: nothing more to tell it
        }
    }

    private static String message(Request request, int status) {
        String length = request.getHeader("Content-Length");
        if (status == 400 && length != null && !length.strip().matches("[0-9]+")) {
            return "content-length header must be an integer";
        }
        return "";
    }

    private static ErrorKind kind(int status) {
        return switch (status) {
            case 400 -> ErrorKind.BAD_REQUEST;
            case 401 -> ErrorKind.UNAUTHORIZED;
            case 403 -> ErrorKind.FORBIDDEN;
            case 404 -> ErrorKind.NOT_FOUND;
            case 405 -> ErrorKind.METHOD_NOT_ALLOWED;
            case 406 -> ErrorKind.NOT_ACCEPTABLE;
            case 413 -> ErrorKind.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorKind.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorKind.SERVICE_UNAVAILABLE;
            default -> ErrorKind.BAD_REQUEST;
        };
    }
}
