package org.placementledger.server.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The match side of a check ({@code admin}, {@code %(project_id)s}): text with Python
 * {@code %(name)s} fields filled from the policy target, as oslo.policy's {@code match % target}.
 * Only {@code %(name)s} and {@code %%} are accepted; anything else is refused when parsing.
 */
public final class Template {

    /** A piece of the template: literal text, or the name of a target field. */
    private record Piece(String text, boolean field) {
    }

    private final String source;
    private final List<Piece> pieces;

    private Template(String source, List<Piece> pieces) {
        this.source = source;
        this.pieces = pieces;
    }

    /** @throws PolicySyntaxException for a '%' that is neither {@code %(name)s} nor {@code %%} */
    public static Template parse(String source) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c != '%') {
                literal.append(c);
                i++;
            } else if (source.startsWith("%%", i)) {
                literal.append('%');
                i += 2;
            } else {
                int close = source.indexOf(")s", i);
                if (!source.startsWith("%(", i) || close < 0) {
                    throw new PolicySyntaxException("'" + source
                            + "' has a '%' that is neither %(name)s nor %%");
                }
                if (!literal.isEmpty()) {
                    pieces.add(new Piece(literal.toString(), false));
                    literal.setLength(0);
                }
                pieces.add(new Piece(source.substring(i + 2, close), true));
                i = close + 2;
            }
        }
        if (!literal.isEmpty() || pieces.isEmpty()) {
            pieces.add(new Piece(literal.toString(), false));
        }
        return new Template(source, List.copyOf(pieces));
    }

    /** The text with the target's fields filled in, or null when the target lacks one of them. */
    public String format(Map<String, ?> target) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            if (!piece.field()) {
                out.append(piece.text());
            } else if (target.containsKey(piece.text())) {
                out.append(PythonText.str(target.get(piece.text())));
            } else {
                return null;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
