package org.placementledger.server.schema;

import java.util.regex.Pattern;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

/**
 * The "uuid" format of query strings on Placement master: jsonschema's own checker, which parses
 * the value as Python's {@code UUID()} and requires dashes at positions 8, 13, 18 and 23, so in
 * effect the 8-4-4-4-12 hex form in any case.
 */
public final class DashedUuidFormat implements Format {

    private static final Pattern DASHED =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public String getName() {
        return "uuid";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
        return isDashedUuid(value);
    }

    public static boolean isDashedUuid(String value) {
        return value != null && DASHED.matcher(value).matches();
    }
}
