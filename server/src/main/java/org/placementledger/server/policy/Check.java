package org.placementledger.server.policy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One node of a parsed oslo.policy check string, evaluated as oslo.policy's {@code _checks} do
 * against a target (what is acted on) and the caller's credentials. {@link #toString()} renders
 * the node as oslo.policy does ({@code (a or b)}, {@code not a}, {@code role:x}, {@code @}).
 */
public sealed interface Check {

    /** What a check is evaluated against; {@code rules} resolves {@code rule:NAME} (null: no such rule). */
    record Evaluation(Map<String, ?> target, Map<String, ?> creds, Function<String, Check> rules) {
    }

    boolean test(Evaluation evaluation);

    /** {@code @} (allow) or {@code !} (deny). */
    record Always(boolean allow) implements Check {
        @Override
        public boolean test(Evaluation evaluation) {
            return allow;
        }

        @Override
        public String toString() {
            return allow ? "@" : "!";
        }
    }

    record Not(Check check) implements Check {
        @Override
        public boolean test(Evaluation evaluation) {
            return !check.test(evaluation);
        }

        @Override
        public String toString() {
            return "not " + check;
        }
    }

    record All(List<Check> checks) implements Check {
        public All {
            checks = List.copyOf(checks);
        }

        @Override
        public boolean test(Evaluation evaluation) {
            return checks.stream().allMatch(c -> c.test(evaluation));
        }

        @Override
        public String toString() {
            return checks.stream().map(Check::toString).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    record Any(List<Check> checks) implements Check {
        public Any {
            checks = List.copyOf(checks);
        }

        @Override
        public boolean test(Evaluation evaluation) {
            return checks.stream().anyMatch(c -> c.test(evaluation));
        }

        @Override
        public String toString() {
            return checks.stream().map(Check::toString).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    /** {@code rule:NAME}: another rule's check; an unknown rule fails closed. */
    record RuleRef(String name) implements Check {
        @Override
        public boolean test(Evaluation evaluation) {
            Check rule = evaluation.rules().apply(name);
            return rule != null && rule.test(evaluation);
        }

        @Override
        public String toString() {
            return "rule:" + name;
        }
    }

    /** {@code role:NAME}: the caller holds the role (case-insensitive); NAME may name a target field. */
    record Role(Template match) implements Check {
        @Override
        public boolean test(Evaluation evaluation) {
            String role = match.format(evaluation.target());
            Object roles = evaluation.creds().get("roles");
            return role != null && roles instanceof List<?> list
                    && list.stream().anyMatch(r -> String.valueOf(r).equalsIgnoreCase(role));
        }

        @Override
        public String toString() {
            return "role:" + match;
        }
    }

    /**
     * {@code KIND:MATCH} for any other kind: KIND is a Python literal compared with MATCH, or a dotted
     * path into the credentials whose value (any element, for a list) must equal MATCH as text.
     * {@code project_id:%(project_id)s} and {@code system_scope:all} are of this kind.
     */
    record Generic(String kind, Template match) implements Check {
        @Override
        public boolean test(Evaluation evaluation) {
            String expected = match.format(evaluation.target());
            if (expected == null) {
                return false;
            }
            String literal = PythonText.literal(kind);
            if (literal != null) {
                return expected.equals(literal);
            }
            return found(evaluation.creds(), List.of(kind.split("\\.", -1)), expected);
        }

        private static boolean found(Object value, List<String> path, String expected) {
            if (path.isEmpty()) {
                return expected.equals(PythonText.str(value));
            }
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(path.get(0))) {
                return false;
            }
            Object next = map.get(path.get(0));
            List<String> rest = path.subList(1, path.size());
            if (next instanceof List<?> list) {
                return list.stream().anyMatch(element -> found(element, rest, expected));
            }
            return found(next, rest, expected);
        }

        @Override
        public String toString() {
            return kind + ":" + match;
        }
    }
}
