package org.placementledger.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;

/**
 * The one place where a refusal becomes HTTP: status, reason phrase and Placement's error body
 * {@code {"errors":[{status,title,detail,request_id[,code]}]}} (code from 1.23). The detail is
 * webob's text for the status, a blank line, then the specific message, as Placement sends it
 * ({@link WebobBodies}).
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static int status(ErrorKind kind) {
        return switch (kind) {
            case BAD_REQUEST -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case CONFLICT -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case SERVICE_UNAVAILABLE -> 503;
        };
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Request Entity Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }

    /** The JSON error body; {@code version} is null when the microversion was not (or could not be) read. */
    public static Map<String, Object> body(PlacementException e, String requestId, Microversion version) {
        return body(e, requestId, version, WebobBodies.Environment.NONE);
    }

    static Map<String, Object> body(PlacementException e, String requestId, Microversion version,
                                    WebobBodies.Environment env) {
        int status = status(e.kind());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("title", title(status));
        error.put("detail", WebobBodies.jsonDetail(e.kind(), e.getMessage(), env));
        if (version != null && version.atLeast(1, 23)) {
            error.put("code", e.code().code());
        }
        error.put("request_id", requestId);
        if (e.kind() == ErrorKind.NOT_ACCEPTABLE && version == null) {
            // the microversion could not be read: Placement names the versions it serves
            error.put("min_version", Microversion.MIN.toString());
            error.put("max_version", Microversion.MAX.toString());
        }
        return Map.of("errors", List.of(error));
    }

    /** The HTML form of an error, for clients that prefer HTML (as webob renders it). */
    static String html(PlacementException e, WebobBodies.Environment env) {
        int status = status(e.kind());
        return WebobBodies.html(status, title(status), e.kind(), e.getMessage(), env);
    }

    /** The plain-text form, for clients that accept neither JSON nor HTML. */
    static String plain(PlacementException e, WebobBodies.Environment env) {
        int status = status(e.kind());
        return WebobBodies.plain(status, title(status), e.kind(), e.getMessage(), env);
    }

    /** The body of an unexpected failure: nothing of its cause is shown. */
    public static Map<String, Object> internalError(String requestId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", 500);
        error.put("title", "Internal Server Error");
        error.put("detail", "The server has either erred or is incapable of performing the requested operation.");
        error.put("code", "placement.undefined_code");
        error.put("request_id", requestId);
        return Map.of("errors", List.of(error));
    }
}
