package org.placementledger.server.schema;

import java.util.regex.Pattern;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

/**
 * Placement's body "uuid" format: oslo's {@code is_uuid_like}, which takes any case, no dashes,
 * braces or a {@code urn:uuid:} prefix, as long as it is 32 hex digits once those are removed.
 */
public final class UuidLikeFormat implements Format {

    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");

    @Override
    public String getName() {
        return "uuid";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
        return canonical(value) != null;
    }

    /** The lowercase dashed form of a uuid-like string, or null when it is not uuid-like. */
    public static String canonical(String value) {
        if (value == null) {
            return null;
        }
        String hex = value.strip().toLowerCase();
        if (hex.startsWith("urn:uuid:")) {
            hex = hex.substring("urn:uuid:".length());
        }
        if (hex.startsWith("{") && hex.endsWith("}")) {
            hex = hex.substring(1, hex.length() - 1);
        }
        hex = hex.replace("-", "");
        if (!HEX32.matcher(hex).matches()) {
            return null;
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }
}
