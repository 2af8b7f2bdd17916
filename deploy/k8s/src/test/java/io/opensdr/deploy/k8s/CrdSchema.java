package io.opensdr.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a custom resource against the {@code openAPIV3Schema} of a published
 * CustomResourceDefinition, with the API server's semantics for structural schemas and kubectl's
 * strict field validation: a field that the schema does not declare is an error (unless the node
 * says {@code x-kubernetes-preserve-unknown-fields}), {@code nullable} allows null,
 * {@code x-kubernetes-int-or-string} allows both. Checked: type, properties, required,
 * additionalProperties, items, enum, minimum, maximum, pattern. {@code metadata} is left to the
 * caller (validated as an ObjectMeta).
 */
final class CrdSchema {

    private final String group;
    private final String kind;
    private final Map<String, JsonNode> schemaByVersion;

    private CrdSchema(String group, String kind, Map<String, JsonNode> schemaByVersion) {
        this.group = group;
        this.kind = kind;
        this.schemaByVersion = schemaByVersion;
    }

    static CrdSchema load(Path crdFile) {
        JsonNode crd = Yaml.readAll(crdFile).get(0);
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
            throw new IllegalArgumentException(crdFile + " is not a CustomResourceDefinition");
        }
        Map<String, JsonNode> schemas = new java.util.LinkedHashMap<>();
        for (JsonNode version : crd.path("spec").path("versions")) {
            schemas.put(version.path("name").asText(), version.path("schema").path("openAPIV3Schema"));
        }
        return new CrdSchema(crd.path("spec").path("group").asText(), crd.path("spec").path("names").path("kind").asText(), schemas);
    }

    String apiGroup() {
        return group;
    }

    String kind() {
        return kind;
    }

    List<String> validate(JsonNode object) {
        List<String> errors = new ArrayList<>();
        String apiVersion = object.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        JsonNode schema = schemaByVersion.get(version);
        if (!apiVersion.startsWith(group + "/") || schema == null) {
            errors.add(apiVersion + " is not a served version of " + kind + " " + schemaByVersion.keySet());
            return errors;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("metadata")) {
                continue;
            }
            JsonNode fieldSchema = schema.path("properties").get(field.getKey());
            if (fieldSchema == null) {
                errors.add("." + field.getKey() + ": unknown field");
            } else {
                check(field.getValue(), fieldSchema, "." + field.getKey(), errors);
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!object.has(required.asText())) {
                errors.add(": missing required field " + required.asText());
            }
        }
        return errors;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                errors.add(path + ": null is not allowed");
            }
            return;
        }
        boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false);
        String type = schema.path("type").asText("");
        if (intOrString) {
            if (!(value.isIntegralNumber() || value.isTextual())) {
                errors.add(path + ": an integer or a string expected");
            }
        } else if (!type.isEmpty() && !hasType(value, type)) {
            errors.add(path + ": " + type + " expected, found " + value.getNodeType().name().toLowerCase());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.isNumber() && value.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
        }
        if (schema.has("pattern") && value.isTextual()
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            errors.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern").asText());
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, path, errors);
        }
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors) {
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), fieldPath, errors);
            } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, fieldPath, errors);
            } else if (!preserveUnknown && !(additional != null && additional.asBoolean(false))) {
                errors.add(fieldPath + ": unknown field");
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + ": missing required field " + required.asText());
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }
}
