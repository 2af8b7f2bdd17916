package io.opensdr.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, explicit renderer for the subset of Kustomize that {@code deploy/k8s} uses, so that the
 * overlays can be rendered and checked where no kustomize binary exists. It refuses anything
 * outside the subset instead of guessing (see deploy/k8s/README.md, "The Kustomize subset"):
 * <ul>
 *   <li>{@code resources}: YAML files (one or more documents) and directories holding a
 *       {@code kustomization.yaml}, rendered first, in order;</li>
 *   <li>{@code namespace}: set on every object;</li>
 *   <li>{@code labels}: {@code pairs} added to every object's {@code metadata.labels}, and with
 *       {@code includeTemplates: true} to the pod templates of Deployments (never to selectors);</li>
 *   <li>{@code images}: {@code name} matched against a container's image without its tag or digest,
 *       replaced by {@code newName}, {@code newTag}, {@code digest};</li>
 *   <li>{@code patches}: strategic-merge patch files, each document applied to the object of the
 *       same kind and name, or with a {@code target} (kind, optional name) the one patch applied to
 *       every object it selects. A patch that matches nothing is an error.</li>
 * </ul>
 */
final class Kustomize {

    private static final Set<String> KUSTOMIZATION_FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "labels", "images", "patches");
    private static final Set<String> LABEL_FIELDS = Set.of("pairs", "includeTemplates", "includeSelectors");
    private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag", "digest");
    private static final Set<String> PATCH_FIELDS = Set.of("path", "target");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name");
    private static final Set<String> TEMPLATED_KINDS = Set.of("Deployment");

    private Kustomize() {
    }

    /** Renders the kustomization in {@code directory}: its objects in order, every transformation applied. */
    static List<ObjectNode> render(Path directory) {
        return render(directory, new LinkedHashSet<>());
    }

    private static List<ObjectNode> render(Path directory, Set<Path> visiting) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!visiting.add(dir)) {
            throw new KustomizeException("resource cycle through " + dir);
        }
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new KustomizeException("no kustomization.yaml in " + dir);
        }
        List<JsonNode> documents = Yaml.readAll(file);
        if (documents.size() != 1 || !documents.get(0).isObject()) {
            throw new KustomizeException(file + ": one Kustomization document expected");
        }
        ObjectNode kustomization = (ObjectNode) documents.get(0);
        allowOnly(kustomization, KUSTOMIZATION_FIELDS, file.toString());
        require(kustomization, "apiVersion", "kustomize.config.k8s.io/v1beta1", file);
        require(kustomization, "kind", "Kustomization", file);

        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path, visiting));
            } else if (Files.isRegularFile(path)) {
                for (JsonNode document : Yaml.readAll(path)) {
                    if (!document.isObject() || !document.hasNonNull("kind")) {
                        throw new KustomizeException(path + ": every document must be a Kubernetes object");
                    }
                    objects.add((ObjectNode) document);
                }
            } else {
                throw new KustomizeException(file + ": resource not found: " + resource.asText());
            }
        }
        visiting.remove(dir);

        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(dir, file, patch, objects);
        }
        for (JsonNode label : kustomization.path("labels")) {
            applyLabels(file, label, objects);
        }
        for (JsonNode image : kustomization.path("images")) {
            applyImage(file, image, objects);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.forEach(object -> metadata(object).put("namespace", namespace));
        }
        checkUnique(objects);
        return objects;
    }

    private static void applyPatch(Path dir, Path file, JsonNode entry, List<ObjectNode> objects) {
        allowOnly(entry, PATCH_FIELDS, file + " patches[]");
        if (!entry.hasNonNull("path")) {
            throw new KustomizeException(file + ": a patch needs a path (inline patches are not in the subset)");
        }
        Path patchFile = dir.resolve(entry.get("path").asText()).normalize();
        List<JsonNode> patches = Yaml.readAll(patchFile);
        if (entry.has("target")) {
            JsonNode target = entry.get("target");
            allowOnly(target, TARGET_FIELDS, file + " patches[].target");
            if (patches.size() != 1) {
                throw new KustomizeException(patchFile + ": a targeted patch holds one document");
            }
            String kind = target.path("kind").asText(null);
            String name = target.path("name").asText(null);
            if (kind == null) {
                throw new KustomizeException(file + ": a patch target needs a kind");
            }
            int matched = 0;
            for (ObjectNode object : objects) {
                if (kind.equals(object.path("kind").asText()) && (name == null || name.equals(nameOf(object)))) {
                    ObjectNode patch = patches.get(0).deepCopy();
                    // The target selects; the patch's own identity is not used.
                    patch.remove("metadata");
                    StrategicMerge.apply(object, patch);
                    matched++;
                }
            }
            if (matched == 0) {
                throw new KustomizeException(patchFile + ": the target " + target + " selects nothing");
            }
            return;
        }
        for (JsonNode patch : patches) {
            String kind = patch.path("kind").asText();
            String name = patch.path("metadata").path("name").asText();
            ObjectNode object = objects.stream()
                    .filter(o -> kind.equals(o.path("kind").asText()) && name.equals(nameOf(o)))
                    .findFirst()
                    .orElseThrow(() -> new KustomizeException(patchFile + ": no " + kind + " named " + name + " to patch"));
            StrategicMerge.apply(object, patch);
        }
    }

    private static void applyLabels(Path file, JsonNode entry, List<ObjectNode> objects) {
        allowOnly(entry, LABEL_FIELDS, file + " labels[]");
        if (entry.path("includeSelectors").asBoolean(false)) {
            throw new KustomizeException(file + ": labels with includeSelectors are not in the subset (selectors are immutable)");
        }
        boolean templates = entry.path("includeTemplates").asBoolean(false);
        for (ObjectNode object : objects) {
            for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("pairs").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> pair = it.next();
                labels(metadata(object)).put(pair.getKey(), pair.getValue().asText());
                if (templates && TEMPLATED_KINDS.contains(object.path("kind").asText())) {
                    ObjectNode template = child(child((ObjectNode) object.get("spec"), "template"), "metadata");
                    labels(template).put(pair.getKey(), pair.getValue().asText());
                }
            }
        }
    }

    private static void applyImage(Path file, JsonNode entry, List<ObjectNode> objects) {
        allowOnly(entry, IMAGE_FIELDS, file + " images[]");
        String name = entry.path("name").asText();
        for (ObjectNode object : objects) {
            JsonNode podSpec = object.path("spec").path("template").path("spec");
            for (String field : List.of("initContainers", "containers")) {
                for (JsonNode container : podSpec.path(field)) {
                    String image = container.path("image").asText();
                    if (!imageName(image).equals(name)) {
                        continue;
                    }
                    String newName = entry.path("newName").asText(imageName(image));
                    String reference;
                    if (entry.hasNonNull("digest")) {
                        reference = newName + "@" + entry.get("digest").asText();
                    } else if (entry.hasNonNull("newTag")) {
                        reference = newName + ":" + entry.get("newTag").asText();
                    } else {
                        reference = newName + image.substring(imageName(image).length());
                    }
                    ((ObjectNode) container).set("image", TextNode.valueOf(reference));
                }
            }
        }
    }

    /** The image without tag or digest: {@code host:5000/a/b:1.0} gives {@code host:5000/a/b}. */
    static String imageName(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at >= 0 ? image.substring(0, at) : image;
        int colon = withoutDigest.lastIndexOf(':');
        int slash = withoutDigest.lastIndexOf('/');
        return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static void checkUnique(List<ObjectNode> objects) {
        Set<String> seen = new LinkedHashSet<>();
        for (ObjectNode object : objects) {
            String id = object.path("kind").asText() + "/" + nameOf(object);
            if (!seen.add(id)) {
                throw new KustomizeException("two objects are " + id);
            }
        }
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static ObjectNode metadata(ObjectNode object) {
        return child(object, "metadata");
    }

    private static ObjectNode labels(ObjectNode metadata) {
        return child(metadata, "labels");
    }

    private static ObjectNode child(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return parent.putObject(field);
        }
        if (!node.isObject()) {
            throw new KustomizeException(field + " is not a mapping");
        }
        return (ObjectNode) node;
    }

    private static void allowOnly(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new KustomizeException(where + ": a mapping expected");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new KustomizeException(where + ": '" + field + "' is not in the Kustomize subset this renderer supports " + allowed);
            }
        }
    }

    private static void require(JsonNode node, String field, String value, Path file) {
        if (!value.equals(node.path(field).asText())) {
            throw new KustomizeException(file + ": " + field + " must be " + value);
        }
    }

    static final class KustomizeException extends RuntimeException {
        KustomizeException(String message) {
            super(message);
        }
    }
}
