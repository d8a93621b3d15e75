package org.placementledger.server.schema;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Python's {@code int(s)} on the strings Placement reads as numbers (microversions, resource amounts):
 * surrounding whitespace, an optional sign, ASCII digits with single underscores between them, no bound.
 */
public final class PythonInt {

    private static final Pattern LITERAL = Pattern.compile("[+-]?[0-9]+(_[0-9]+)*");

    private PythonInt() {
    }

    /** The value, or null where Python's int() would raise ValueError. */
    public static BigInteger parse(String text) {
        String s = text.strip();
        if (!LITERAL.matcher(s).matches()) {
            return null;
        }
        return new BigInteger(s.replace("_", ""));
    }
}
