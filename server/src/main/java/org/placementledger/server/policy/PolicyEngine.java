package org.placementledger.server.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.auth.RequestContext;

/**
 * oslo.policy's Enforcer for Placement: the registered rules, overridden by a policy file, with
 * deprecated fallbacks OR'd in while {@code enforce_new_defaults} is off; a rule's scope types
 * checked against the token's scope when {@code enforce_scope} is on. A refusal is Placement's 403
 * "Policy does not allow RULE to be performed." Every problem with the rules (a string that does not
 * parse, a reference to no rule, a cycle) is found when the engine is built.
 */
public final class PolicyEngine {

    private final Map<String, RuleDefault> registered = new LinkedHashMap<>();
    private final Map<String, Check> rules = new LinkedHashMap<>();
    private final boolean enforceScope;

    /**
     * @param overrides rule name → check string from the policy file (names need not be registered)
     * @throws PolicySyntaxException naming the rule at fault
     */
    public PolicyEngine(List<RuleDefault> defaults, Map<String, String> overrides, boolean enforceNewDefaults,
                        boolean enforceScope) {
        this.enforceScope = enforceScope;
        overrides.forEach((name, text) -> rules.put(name, parse(name, text)));
        for (RuleDefault rule : defaults) {
            registered.put(rule.name(), rule);
            if (rules.containsKey(rule.name())) {
                continue;
            }
            Check check = parse(rule.name(), rule.checkString());
            String deprecated = rule.deprecatedCheckString();
            if (!enforceNewDefaults && deprecated != null && !deprecated.equals(rule.checkString())) {
                check = new Check.Any(List.of(check, parse(rule.name(), deprecated)));
            }
            rules.put(rule.name(), check);
        }
        rules.keySet().forEach(name -> verifyReferences(name, new ArrayList<>()));
    }

    /** Enforces a rule on the default target: the caller's own project and user. */
    public void enforce(String rule, RequestContext caller) {
        Map<String, Object> target = new HashMap<>();
        target.put("project_id", caller.projectId());
        target.put("user_id", caller.userId());
        enforce(rule, caller, target);
    }

    /** @throws PlacementException 403 when the caller may not */
    public void enforce(String rule, RequestContext caller, Map<String, ?> target) {
        if (!allows(rule, caller, target)) {
            throw new PlacementException(ErrorKind.FORBIDDEN, ErrorCode.UNDEFINED,
                    "Policy does not allow " + rule + " to be performed.");
        }
    }

    public boolean allows(String rule, RequestContext caller, Map<String, ?> target) {
        RuleDefault definition = registered.get(rule);
        if (definition == null) {
            throw new IllegalStateException("policy rule " + rule + " is not registered");
        }
        Map<String, Object> creds = Credentials.of(caller);
        if (enforceScope && !definition.scopeTypes().isEmpty()
                && !definition.scopeTypes().contains(Credentials.tokenScope(creds))) {
            return false;
        }
        return rules.get(rule).test(new Check.Evaluation(target, creds, rules::get));
    }

    public boolean isRegistered(String rule) {
        return registered.containsKey(rule);
    }

    /** The effective check of a rule, as oslo.policy prints it; null for an unknown rule. */
    public Check checkOf(String rule) {
        return rules.get(rule);
    }

    private static Check parse(String name, String text) {
        try {
            return CheckParser.parse(text);
        } catch (PolicySyntaxException e) {
            throw new PolicySyntaxException("policy rule \"" + name + "\": " + e.getMessage(), e);
        }
    }

    private void verifyReferences(String name, List<String> path) {
        if (path.contains(name)) {
            path.add(name);
            throw new PolicySyntaxException("policy rules refer to each other in a cycle: "
                    + String.join(" -> ", path));
        }
        path.add(name);
        Set<String> referenced = new HashSet<>();
        collectReferences(rules.get(name), referenced);
        for (String target : referenced) {
            if (!rules.containsKey(target)) {
                throw new PolicySyntaxException("policy rule \"" + name + "\" refers to rule:" + target
                        + ", which is not defined");
            }
            verifyReferences(target, path);
        }
        path.remove(path.size() - 1);
    }

    private static void collectReferences(Check check, Set<String> into) {
        if (check instanceof Check.RuleRef ref) {
            into.add(ref.name());
        } else if (check instanceof Check.Not not) {
            collectReferences(not.check(), into);
        } else if (check instanceof Check.All all) {
            all.checks().forEach(c -> collectReferences(c, into));
        } else if (check instanceof Check.Any any) {
            any.checks().forEach(c -> collectReferences(c, into));
        }
    }
}
