package org.placementledger.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A route path such as {@code /resource_providers/{uuid}/inventories/{resource_class}}, matched
 * segment by segment against the (percent-decoded) request path, as Placement's router does: no
 * trailing-slash tolerance, no empty segments.
 */
final class PathPattern {

    private final String[] segments;

    PathPattern(String pattern) {
        this.segments = split(pattern);
    }

    /** The path parameters when {@code path} matches, else null. */
    Map<String, String> match(String path) {
        String[] parts = split(path);
        if (parts == null || parts.length != segments.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String seg = segments[i];
            if (seg.startsWith("{") && seg.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                params.put(seg.substring(1, seg.length() - 1), parts[i]);
            } else if (!seg.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        if (path.equals("/") || path.isEmpty()) {
            return new String[0];
        }
        if (!path.startsWith("/")) {
            return null;
        }
        return path.substring(1).split("/", -1);
    }
}
