package org.placementledger.server.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Python's json module (the one Placement parses bodies with, C scanner) says about malformed
 * JSON, so our "Malformed JSON: ..." reads as Placement's. It walks the text as Python's decoder does
 * and stops at the first error; it builds no values (Jackson parses the body).
 */
final class PythonJsonErrors {

    private static final Pattern NUMBER = Pattern.compile("(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?");

    /** Python's JSONDecodeError: a message and the position (in code points) it points at. */
    private static final class Failure extends RuntimeException {
        private final int pos;

        Failure(String message, int pos) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    /** Deeper than Jackson reads (and than Python's recursion limit allows): no Python message then. */
    private static final int MAX_DEPTH = 1000;

    private final int[] s;
    private int depth;

    private PythonJsonErrors(String text) {
        this.s = text.codePoints().toArray();
    }

    /** Python's message for {@code text}, e.g. "Expecting value: line 1 column 1 (char 0)"; null if it parses. */
    static String describe(String text) {
        PythonJsonErrors decoder = new PythonJsonErrors(text);
        try {
            decoder.decode();
            return null;
        } catch (Failure f) {
            return f.getMessage() + ": " + decoder.position(f.pos);
        } catch (TooDeep deep) {
            return null;
        }
    }

    private void decode() {
        int end = skipWhitespace(0);
        try {
            end = value(end);
        } catch (StopAt stop) {
            throw new Failure("Expecting value", stop.pos);
        }
        end = skipWhitespace(end);
        if (end != s.length) {
            throw new Failure("Extra data", end);
        }
    }

    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** Python's StopIteration from scan_once: no value starts here. */
    private static final class StopAt extends RuntimeException {
        private final int pos;

        StopAt(int pos) {
            super(null, null, false, false);
            this.pos = pos;
        }
    }

    private int value(int idx) {
        if (idx >= s.length) {
            throw new StopAt(idx);
        }
        int c = s[idx];
        switch (c) {
            case '"':
                return string(idx + 1);
            case '{':
            case '[':
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep();
                }
                int end = c == '{' ? object(idx + 1) : array(idx + 1);
                depth--;
                return end;
            default:
                break;
        }
        for (String word : new String[] {"null", "true", "false", "NaN", "Infinity", "-Infinity"}) {
            if (startsWith(idx, word)) {
                return idx + word.length();
            }
        }
        Matcher m = NUMBER.matcher(new String(s, idx, s.length - idx));
        if (m.lookingAt()) {
            return idx + m.group().codePointCount(0, m.group().length());
        }
        throw new StopAt(idx);
    }

    private int object(int end) {
        int next = at(end);
        if (next != '"') {
            end = skipWhitespace(end);
            next = at(end);
            if (next == '}') {
                return end + 1;
            }
            if (next != '"') {
                throw new Failure("Expecting property name enclosed in double quotes", end);
            }
        }
        end++;
        while (true) {
            end = string(end);
            if (at(end) != ':') {
                end = skipWhitespace(end);
                if (at(end) != ':') {
                    throw new Failure("Expecting ':' delimiter", end);
                }
            }
            end = skipWhitespace(end + 1);
            end = member(end);
            end = skipWhitespace(end);
            next = at(end);
            end++;
            if (next == '}') {
                return end;
            }
            if (next != ',') {
                throw new Failure("Expecting ',' delimiter", end - 1);
            }
            end = skipWhitespace(end);
            next = at(end);
            end++;
            if (next != '"') {
                throw new Failure("Expecting property name enclosed in double quotes", end - 1);
            }
        }
    }

    private int array(int end) {
        end = skipWhitespace(end);
        if (at(end) == ']') {
            return end + 1;
        }
        while (true) {
            end = member(end);
            end = skipWhitespace(end);
            int next = at(end);
            end++;
            if (next == ']') {
                return end;
            }
            if (next != ',') {
                throw new Failure("Expecting ',' delimiter", end - 1);
            }
            end = skipWhitespace(end);
        }
    }

    private int member(int end) {
        try {
            return value(end);
        } catch (StopAt stop) {
            throw new Failure("Expecting value", stop.pos);
        }
    }

    /** A string's body from {@code end} (just after its opening quote) to just after its closing quote. */
    private int string(int end) {
        int begin = end - 1;
        while (true) {
            while (end < s.length && s[end] != '"' && s[end] != '\\' && s[end] >= 0x20) {
                end++;
            }
            if (end >= s.length) {
                throw new Failure("Unterminated string starting at", begin);
            }
            int terminator = s[end];
            end++;
            if (terminator == '"') {
                return end;
            }
            if (terminator != '\\') {
                throw new Failure("Invalid control character at", end - 1);
            }
            if (end >= s.length) {
                throw new Failure("Unterminated string starting at", begin);
            }
            int esc = s[end];
            if (esc == 'u') {
                if (!hex4(end + 1)) {
                    throw new Failure("Invalid \\uXXXX escape", end);
                }
                end += 5;
            } else if ("\"\\/bfnrt".indexOf(esc) >= 0) {
                end++;
            } else {
                throw new Failure("Invalid \\escape", end - 1);
            }
        }
    }

    private boolean hex4(int from) {
        if (from + 4 > s.length) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s[i], 16) < 0 || s[i] > 'f') {
                return false;
            }
        }
        return true;
    }

    private int at(int idx) {
        return idx < s.length ? s[idx] : -1;
    }

    private boolean startsWith(int idx, String word) {
        if (idx + word.length() > s.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (s[idx + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int skipWhitespace(int idx) {
        while (idx < s.length && (s[idx] == ' ' || s[idx] == '\t' || s[idx] == '\n' || s[idx] == '\r')) {
            idx++;
        }
        return idx;
    }

    private String position(int pos) {
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < pos && i < s.length; i++) {
            if (s[i] == '\n') {
                line++;
                lastNewline = i;
            }
        }
        return "line " + line + " column " + (pos - lastNewline) + " (char " + pos + ")";
    }
}
