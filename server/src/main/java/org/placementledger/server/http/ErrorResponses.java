package org.placementledger.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;

/**
 * The one place where a refusal becomes HTTP: status, reason phrase and Placement's error body
 * {@code {"errors":[{status,title,detail,request_id[,code]}]}} (code from 1.23). The detail is
 * webob's generic explanation, a blank line, then the specific message, as Placement sends it.
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

    private static String explanation(ErrorKind kind) {
        return switch (kind) {
            case BAD_REQUEST -> "The server could not comply with the request since it is either malformed "
                    + "or otherwise incorrect.";
            case UNAUTHORIZED -> "This server could not verify that you are authorized to access the document "
                    + "you requested.  Either you supplied the wrong credentials (e.g., bad password), or your "
                    + "browser does not understand how to supply the credentials required.";
            case FORBIDDEN -> "Access was denied to this resource.";
            case NOT_FOUND -> "The resource could not be found.";
            case NOT_ACCEPTABLE -> "The resource could not be generated that was acceptable to your browser.";
            case CONFLICT -> "There was a conflict when trying to complete your request.";
            case PAYLOAD_TOO_LARGE -> "The request is larger than the server is willing or able to process.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request media type is not supported by this server.";
            case SERVICE_UNAVAILABLE -> "The server is currently unavailable. Please try again at a later time.";
            case METHOD_NOT_ALLOWED -> "";
        };
    }

    /** The error body; {@code version} is null when the microversion was not (or could not be) read. */
    public static Map<String, Object> body(PlacementException e, String requestId, Microversion version) {
        int status = status(e.kind());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("title", title(status));
        String explanation = explanation(e.kind());
        String message = e.getMessage() == null ? "" : e.getMessage();
        error.put("detail", explanation.isEmpty() ? message + "\n\n   " : explanation + "\n\n " + message + "  ");
        if (version != null && version.atLeast(1, 23)) {
            error.put("code", e.code().code());
        }
        error.put("request_id", requestId);
        if (e.kind() == ErrorKind.NOT_ACCEPTABLE && message.startsWith("Unacceptable version header")) {
            error.put("min_version", Microversion.MIN.toString());
            error.put("max_version", Microversion.MAX.toString());
        }
        return Map.of("errors", List.of(error));
    }

    /** The HTML form of an error, for clients that do not accept JSON (as webob renders it). */
    public static String html(int status, String message) {
        String title = status + " " + title(status);
        return "<html>\n <head>\n  <title>" + title + "</title>\n </head>\n <body>\n  <h1>" + title
                + "</h1>\n  " + escape(message == null ? "" : message) + "\n </body>\n</html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
