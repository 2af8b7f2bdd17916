package io.opensdr.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch that the overlays use: mappings merge key by key
 * (a null value removes the key), lists of containers, init containers, volumes and env merge by
 * {@code name} and volume mounts by {@code mountPath} (Kubernetes' patch merge keys for them),
 * every other list is replaced whole. Directives ({@code $patch}, {@code $setElementOrder}, ...)
 * are refused.
 */
final class StrategicMerge {

    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "volumes", "name",
            "env", "name",
            "volumeMounts", "mountPath");

    private StrategicMerge() {
    }

    static void apply(ObjectNode target, JsonNode patch) {
        if (!patch.isObject()) {
            throw new Kustomize.KustomizeException("a strategic merge patch is a mapping");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new Kustomize.KustomizeException("patch directive " + key + " is not in the subset");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                apply((ObjectNode) current, value);
            } else if (value.isArray() && current != null && current.isArray() && MERGE_KEYS.containsKey(key)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(key));
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String mergeKey) {
        for (JsonNode element : patch) {
            if (!element.hasNonNull(mergeKey)) {
                throw new Kustomize.KustomizeException("a list element patched by " + mergeKey + " lacks it: " + element);
            }
            String key = element.get(mergeKey).asText();
            ObjectNode existing = null;
            for (JsonNode candidate : current) {
                if (key.equals(candidate.path(mergeKey).asText())) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                current.add(element.deepCopy());
            } else {
                apply(existing, element);
            }
        }
    }
}
