package io.opensdr.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** deploy/k8s/platform-secrets.yaml: the Secrets the manifests may reference, their keys, and which are required. */
final class PlatformSecrets {

    private final Map<String, JsonNode> byName = new LinkedHashMap<>();

    PlatformSecrets(Path file) {
        for (JsonNode secret : Yaml.readAll(file).get(0).path("secrets")) {
            byName.put(secret.path("name").asText(), secret);
        }
    }

    Set<String> names() {
        return byName.keySet();
    }

    /** A reference to one key (null: the whole Secret); optional references must be to optional keys and back. */
    void checkKey(String name, String key, boolean optional, String where, List<String> errors) {
        JsonNode secret = byName.get(name);
        if (secret == null) {
            errors.add(where + ": Secret " + name + " is neither in the manifests nor in platform-secrets.yaml");
            return;
        }
        if (key == null) {
            return;
        }
        JsonNode listed = null;
        for (JsonNode k : secret.path("keys")) {
            if (key.equals(k.path("name").asText())) {
                listed = k;
            }
        }
        if (listed == null) {
            errors.add(where + ": key " + key + " of Secret " + name + " is not in platform-secrets.yaml");
        } else if (listed.path("required").asBoolean(true) == optional) {
            errors.add(where + ": key " + key + " of Secret " + name + " is " + (optional ? "optional" : "required")
                    + " here but listed as " + (optional ? "required" : "optional"));
        }
    }

    void checkEnvFrom(String name, boolean optional, String where, List<String> errors) {
        JsonNode secret = byName.get(name);
        if (secret == null || !secret.path("envFrom").asBoolean(false)) {
            errors.add(where + ": envFrom Secret " + name + " is not listed in platform-secrets.yaml as an envFrom Secret");
        } else if (!optional) {
            errors.add(where + ": envFrom Secret " + name + " must be optional");
        }
    }
}
