package org.placementledger.query.catalogue;

import java.util.regex.Pattern;

/**
 * SQL {@code LIKE 'prefix%'} as a regex, because Placement filters traits with LIKE and clients may
 * rely on it: {@code _} is any one character, {@code %} any run, a backslash escapes the next
 * character (the default escape of H2 and MySQL); matching is case-sensitive, as in H2.
 */
final class LikePattern {

    private LikePattern() {
    }

    static Pattern startingWith(String prefix) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\\' && i + 1 < prefix.length()) {
                literal.append(prefix.charAt(++i));
                continue;
            }
            if (c == '_' || c == '%') {
                flush(regex, literal);
                regex.append(c == '_' ? "." : ".*");
            } else {
                literal.append(c);
            }
        }
        flush(regex, literal);
        return Pattern.compile(regex.append(".*").toString(), Pattern.DOTALL);
    }

    private static void flush(StringBuilder regex, StringBuilder literal) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
