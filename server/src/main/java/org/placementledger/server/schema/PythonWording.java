package org.placementledger.server.schema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

/**
 * Words a validation error as Python's jsonschema (4.2x) prints it:
 * {@code <message>\n\nFailed validating '<keyword>' in schema[...]:\n    <schema>\n\nOn instance[...]:\n    <instance>}.
 */
final class PythonWording {

    private PythonWording() {
    }

    static String describe(ValidationMessage error, Set<ValidationMessage> all, JsonNode rootSchema, JsonNode root) {
        String keyword = error.getType();
        List<Object> schemaPath = elements(error.getSchemaLocation().getFragment());
        // the path names the keyword last; Python prints the path of the schema that holds it
        List<Object> holderPath = schemaPath.isEmpty() ? schemaPath : schemaPath.subList(0, schemaPath.size() - 1);
        JsonNode holder = at(rootSchema, holderPath);
        JsonNode instance = at(root, elements(error.getInstanceLocation()));
        String message = message(keyword, error, all, holder, instance);
        return message + "\n\nFailed validating " + PythonRepr.ofString(keyword) + " in schema" + subscripts(holderPath)
                + ":\n    " + PythonRepr.of(holder) + "\n\nOn instance" + subscripts(elements(error.getInstanceLocation()))
                + ":\n    " + PythonRepr.of(instance);
    }

    private static String message(String keyword, ValidationMessage error, Set<ValidationMessage> all,
                                  JsonNode holder, JsonNode instance) {
        String repr = PythonRepr.of(instance);
        JsonNode value = holder == null ? null : holder.get(keyword);
        return switch (keyword) {
            case "required" -> PythonRepr.ofString(error.getProperty()) + " is a required property";
            case "additionalProperties" -> additional(error, all, holder, instance);
            case "type" -> repr + " is not of type " + typeNames(value);
            case "minimum" -> repr + " is less than the minimum of " + PythonRepr.of(value);
            case "maximum" -> repr + " is greater than the maximum of " + PythonRepr.of(value);
            case "exclusiveMinimum" -> repr + " is less than or equal to the minimum of " + PythonRepr.of(value);
            case "exclusiveMaximum" -> repr + " is greater than or equal to the maximum of " + PythonRepr.of(value);
            case "minLength", "minItems" -> repr + (value != null && value.asInt() == 1
                    ? " should be non-empty" : " is too short");
            case "maxLength", "maxItems" -> repr + " is too long";
            case "minProperties" -> repr + (value != null && value.asInt() == 1
                    ? " should be non-empty" : " does not have enough properties");
            case "maxProperties" -> repr + " has too many properties";
            case "pattern" -> repr + " does not match " + PythonRepr.of(value);
            case "format" -> repr + " is not a " + PythonRepr.of(value);
            case "enum" -> repr + " is not one of " + PythonRepr.of(value);
            case "const" -> PythonRepr.of(value) + " was expected";
            case "uniqueItems" -> repr + " has non-unique elements";
            case "anyOf", "oneOf" -> repr + " is not valid under any of the given schemas";
            case "not" -> repr + " should not be valid under " + PythonRepr.of(value);
            default -> error.getMessage();
        };
    }

    private static String additional(ValidationMessage error, Set<ValidationMessage> all, JsonNode holder,
                                     JsonNode instance) {
        Set<String> extras = new TreeSet<>();
        for (ValidationMessage m : all) {
            if ("additionalProperties".equals(m.getType())
                    && m.getInstanceLocation().equals(error.getInstanceLocation())) {
                extras.add(m.getProperty());
            }
        }
        List<String> reprs = extras.stream().map(PythonRepr::ofString).toList();
        JsonNode patterns = holder == null ? null : holder.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            List<String> regexes = new ArrayList<>();
            patterns.fieldNames().forEachRemaining(p -> regexes.add(PythonRepr.ofString(p)));
            return String.join(", ", reprs) + (extras.size() == 1 ? " does" : " do")
                    + " not match any of the regexes: " + String.join(", ", regexes);
        }
        return "Additional properties are not allowed (" + String.join(", ", reprs)
                + (extras.size() == 1 ? " was" : " were") + " unexpected)";
    }

    private static String typeNames(JsonNode value) {
        if (value == null) {
            return "''";
        }
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            value.forEach(v -> names.add(PythonRepr.of(v)));
            return String.join(", ", names);
        }
        return PythonRepr.of(value);
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        if (path == null) {
            return out;
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.add(element);
        }
        return out;
    }

    private static JsonNode at(JsonNode node, List<Object> path) {
        JsonNode current = node;
        Iterator<Object> it = path.iterator();
        while (current != null && it.hasNext()) {
            Object step = it.next();
            current = step instanceof Integer i ? current.get(i) : current.get(String.valueOf(step));
        }
        return current;
    }

    private static String subscripts(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            out.append('[').append(step instanceof Integer ? step.toString() : PythonRepr.ofString(String.valueOf(step)))
                    .append(']');
        }
        return out.toString();
    }
}
