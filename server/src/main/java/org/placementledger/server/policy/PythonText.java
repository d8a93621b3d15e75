package org.placementledger.server.policy;

import java.util.regex.Pattern;

/** The bits of Python semantics check strings rely on: {@code str(value)} and literal kinds. */
final class PythonText {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    private PythonText() {
    }

    /** Python's {@code str()} of a credential or target value: None, True and False as Python spells them. */
    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value.toString();
    }

    /**
     * The text of {@code kind} when it is a Python literal ({@code 'Member'}, {@code True}, {@code 42}),
     * as oslo.policy's {@code str(ast.literal_eval(kind))}; null when it is a credentials path.
     */
    static String literal(String kind) {
        if (kind.length() >= 2 && (kind.charAt(0) == '\'' || kind.charAt(0) == '"')
                && kind.charAt(kind.length() - 1) == kind.charAt(0)) {
            return kind.substring(1, kind.length() - 1);
        }
        if (kind.equals("True") || kind.equals("False") || kind.equals("None")) {
            return kind;
        }
        return INTEGER.matcher(kind).matches() ? kind : null;
    }
}
