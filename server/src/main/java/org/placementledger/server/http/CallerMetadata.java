package org.placementledger.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.placementledger.server.auth.RequestContext;

/**
 * Who and why, for the ledger: the request id (and the caller's global one), user, project, roles and
 * microversion of the request being handled on this thread. Commands carry it as Axon metadata and
 * every event they cause keeps it, so the history can say who did what.
 */
public final class CallerMetadata {

    public static final String REQUEST_ID = "requestId";
    public static final String GLOBAL_REQUEST_ID = "globalRequestId";
    public static final String USER_ID = "userId";
    public static final String PROJECT_ID = "projectId";
    public static final String ROLES = "roles";
    public static final String MICROVERSION = "microversion";
    public static final String[] KEYS = {REQUEST_ID, GLOBAL_REQUEST_ID, USER_ID, PROJECT_ID, ROLES, MICROVERSION};

    private static final Pattern GLOBAL_ID = Pattern.compile("req-[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final ThreadLocal<Map<String, Object>> CURRENT = new ThreadLocal<>();

    private CallerMetadata() {
    }

    static void bind(String requestId, String globalRequestId, RequestContext context, Microversion version) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(REQUEST_ID, requestId);
        if (globalRequestId != null && GLOBAL_ID.matcher(globalRequestId).matches()) {
            meta.put(GLOBAL_REQUEST_ID, globalRequestId);
        }
        putIfPresent(meta, USER_ID, context.userId());
        putIfPresent(meta, PROJECT_ID, context.projectId());
        // Sorted: the context keeps roles in a set, whose order would differ from run to run.
        meta.put(ROLES, String.join(",", new TreeSet<>(context.roles())));
        meta.put(MICROVERSION, version.toString());
        CURRENT.set(meta);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The metadata of the request on this thread (empty outside a request). */
    public static Map<String, Object> current() {
        Map<String, Object> meta = CURRENT.get();
        return meta == null ? Map.of() : meta;
    }

    private static void putIfPresent(Map<String, Object> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }
}
