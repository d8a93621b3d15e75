package org.placementledger.server.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * oslo.policy's check-string language ({@code _parser.py}): base checks ({@code kind:match},
 * {@code @}, {@code !}) joined by {@code and}, {@code or}, {@code not} and parentheses, with
 * {@code and} binding tighter than {@code or}. The same greedy shift-reduce as oslo.policy, so
 * strings mean exactly what they mean there; but where oslo.policy logs and denies, a string it
 * cannot understand is refused here with a {@link PolicySyntaxException}.
 */
public final class CheckParser {

    private enum Kind { OPEN, CLOSE, AND, OR, NOT, CHECK, AND_EXPR, OR_EXPR }

    private record Token(Kind kind, Check check) {
        static Token of(Kind kind) {
            return new Token(kind, null);
        }
    }

    private CheckParser() {
    }

    /** The check tree of a check string; the empty string allows everything, as in oslo.policy. */
    public static Check parse(String rule) {
        if (rule.isEmpty()) {
            return new Check.Always(true);
        }
        List<Token> stack = new ArrayList<>();
        for (Token token : tokenize(rule)) {
            stack.add(token);
            reduce(stack);
        }
        if (stack.size() != 1 || stack.get(0).check() == null) {
            String left = stack.stream().map(t -> t.kind().name().toLowerCase()).collect(Collectors.joining(" "));
            throw new PolicySyntaxException("cannot parse check string \"" + rule + "\": it does not reduce to "
                    + "one expression (unbalanced parentheses or a dangling operator; left with: " + left + ")");
        }
        return stack.get(0).check();
    }

    private static List<Token> tokenize(String rule) {
        List<Token> tokens = new ArrayList<>();
        for (String word : rule.strip().split("\\s+")) {
            String clean = stripLeading(word);
            for (int i = clean.length(); i < word.length(); i++) {
                tokens.add(Token.of(Kind.OPEN));
            }
            if (clean.isEmpty()) {
                continue;
            }
            String core = stripTrailing(clean);
            switch (core.toLowerCase()) {
                case "and" -> tokens.add(Token.of(Kind.AND));
                case "or" -> tokens.add(Token.of(Kind.OR));
                case "not" -> tokens.add(Token.of(Kind.NOT));
                default -> {
                    if (clean.length() >= 2 && "'\"".indexOf(clean.charAt(0)) >= 0
                            && clean.charAt(clean.length() - 1) == clean.charAt(0)) {
                        throw new PolicySyntaxException("cannot parse check string \"" + rule + "\": " + clean
                                + " is a quoted string, not a check");
                    }
                    if (!core.isEmpty()) {
                        tokens.add(new Token(Kind.CHECK, baseCheck(core, rule)));
                    }
                }
            }
            for (int i = core.length(); i < clean.length(); i++) {
                tokens.add(Token.of(Kind.CLOSE));
            }
        }
        return tokens;
    }

    private static Check baseCheck(String text, String rule) {
        if (text.equals("@") || text.equals("!")) {
            return new Check.Always(text.equals("@"));
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new PolicySyntaxException("cannot parse check string \"" + rule + "\": '" + text
                    + "' is not a check (kind:match, @ or !)");
        }
        String kind = text.substring(0, colon);
        String match = text.substring(colon + 1);
        try {
            return switch (kind) {
                case "rule" -> new Check.RuleRef(match);
                case "role" -> new Check.Role(Template.parse(match));
                case "http", "https" -> throw new PolicySyntaxException("'" + kind + "' checks are not supported");
                default -> new Check.Generic(kind, Template.parse(match));
            };
        } catch (PolicySyntaxException e) {
            throw new PolicySyntaxException("cannot parse check string \"" + rule + "\": " + e.getMessage(), e);
        }
    }

    /** oslo.policy's reductions, tried on the top of the stack until none applies. */
    private static void reduce(List<Token> stack) {
        while (true) {
            int n = stack.size();
            Token a = n >= 3 ? stack.get(n - 3) : null;
            Token b = n >= 2 ? stack.get(n - 2) : null;
            Token c = n >= 1 ? stack.get(n - 1) : null;
            Token result = null;
            int width = 3;
            if (a != null && a.kind() == Kind.OPEN && c.kind() == Kind.CLOSE && b.check() != null) {
                result = new Token(Kind.CHECK, b.check());
            } else if (a != null && b.kind() == Kind.AND && c.kind() == Kind.CHECK) {
                result = switch (a.kind()) {
                    case CHECK -> new Token(Kind.AND_EXPR, new Check.All(List.of(a.check(), c.check())));
                    case OR_EXPR -> new Token(Kind.OR_EXPR, andIntoLast((Check.Any) a.check(), c.check()));
                    case AND_EXPR -> new Token(Kind.AND_EXPR, append(((Check.All) a.check()).checks(), c.check(),
                            true));
                    default -> null;
                };
            } else if (a != null && b.kind() == Kind.OR && c.kind() == Kind.CHECK) {
                result = switch (a.kind()) {
                    case CHECK, AND_EXPR -> new Token(Kind.OR_EXPR, new Check.Any(List.of(a.check(), c.check())));
                    case OR_EXPR -> new Token(Kind.OR_EXPR, append(((Check.Any) a.check()).checks(), c.check(),
                            false));
                    default -> null;
                };
            }
            if (result == null && b != null && b.kind() == Kind.NOT && c.kind() == Kind.CHECK) {
                result = new Token(Kind.CHECK, new Check.Not(c.check()));
                width = 2;
            }
            if (result == null) {
                return;
            }
            stack.subList(n - width, n).clear();
            stack.add(result);
        }
    }

    /** {@code A or B and C}: C joins the last alternative, as oslo.policy's {@code _mix_or_and_expr}. */
    private static Check.Any andIntoLast(Check.Any or, Check check) {
        List<Check> alternatives = new ArrayList<>(or.checks());
        Check last = alternatives.remove(alternatives.size() - 1);
        alternatives.add(last instanceof Check.All all ? append(all.checks(), check, true)
                : new Check.All(List.of(last, check)));
        return new Check.Any(alternatives);
    }

    private static Check append(List<Check> checks, Check check, boolean all) {
        List<Check> joined = new ArrayList<>(checks);
        joined.add(check);
        return all ? new Check.All(joined) : new Check.Any(joined);
    }

    private static String stripLeading(String word) {
        int i = 0;
        while (i < word.length() && word.charAt(i) == '(') {
            i++;
        }
        return word.substring(i);
    }

    private static String stripTrailing(String word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == ')') {
            end--;
        }
        return word.substring(0, end);
    }
}
