package org.placementledger.server.http;

import java.util.regex.Pattern;

import org.placementledger.api.error.ErrorKind;

/**
 * Placement's error texts are webob's: a body template per status (the generic explanation, or a
 * sentence naming the request's method, Accept or Content-Type), the specific detail after it, then
 * rendered as JSON (tags stripped), plain text or HTML depending on what the client accepts.
 */
final class WebobBodies {

    /** What a template may name: the request's method, Accept (as Placement normalizes it) and Content-Type. */
    record Environment(String method, String accept, String contentType) {

        static final Environment NONE = new Environment("", "application/json", "");

        /**
         * Placement treats a missing Accept, or exactly {@code *}{@code /*}, as JSON; a missing Content-Type is
         * Python's None in webob's sentence.
         */
        static Environment of(String method, String accept, String contentType) {
            String normalized = accept == null || accept.isEmpty() || accept.equals("*/*") ? "application/json" : accept;
            return new Environment(method == null ? "" : method, normalized, contentType == null ? "None" : contentType);
        }
    }

    private static final Pattern BR = Pattern.compile("(?is)<br.*?>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<.*?>");

    private WebobBodies() {
    }

    /** The detail of a JSON error: the template with webob's strip_tags applied. */
    static String jsonDetail(ErrorKind kind, String detail, Environment env) {
        return stripTags(template(kind, detail, env, false));
    }

    static String plain(int status, String title, ErrorKind kind, String detail, Environment env) {
        return status + " " + title + "\n\n" + stripTags(template(kind, detail, env, false));
    }

    static String html(int status, String title, ErrorKind kind, String detail, Environment env) {
        String head = status + " " + title;
        return "<html>\n <head>\n  <title>" + head + "</title>\n </head>\n <body>\n  <h1>" + head + "</h1>\n  "
                + template(kind, detail, env, true) + "\n </body>\n</html>";
    }

    private static String template(ErrorKind kind, String detail, Environment env, boolean escape) {
        String d = value(detail, escape);
        return switch (kind) {
            case METHOD_NOT_ALLOWED -> "The method " + value(env.method(), escape)
                    + " is not allowed for this resource. <br /><br />\n" + d;
            case NOT_ACCEPTABLE -> "The resource could not be generated that was acceptable to your browser\n"
                    + "(content of type " + value(env.accept(), escape) + ". <br /><br />\n" + d;
            case UNSUPPORTED_MEDIA_TYPE -> "The request media type " + value(env.contentType(), escape)
                    + " is not supported by this server.\n<br /><br />\n" + d;
            default -> explanation(kind) + "<br /><br />\n" + d + "\n\n"; // ${html_comment} is empty
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
            case CONFLICT -> "There was a conflict when trying to complete your request.";
            case PAYLOAD_TOO_LARGE -> "The request is larger than the server is willing or able to process.";
            case SERVICE_UNAVAILABLE -> "The server is currently unavailable. Please try again at a later time.";
            default -> "";
        };
    }

    static String stripTags(String value) {
        String v = value.replace('\n', ' ').replace("\r", "");
        v = BR.matcher(v).replaceAll("\n");
        v = COMMENT.matcher(v).replaceAll("");
        return TAG.matcher(v).replaceAll("");
    }

    private static String value(String text, boolean escape) {
        String t = text == null ? "" : text;
        return escape ? t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;") : t;
    }
}
