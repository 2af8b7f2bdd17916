package io.opensdr.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders a kustomization and runs every check on it: what the tests assert on. */
final class Manifests {

    static final Path K8S = Path.of("").toAbsolutePath();
    static final ObjectValidator VALIDATOR = new ObjectValidator(K8S.resolve("schemas"));
    static final PlatformSecrets SECRETS = new PlatformSecrets(K8S.resolve("platform-secrets.yaml"));

    private Manifests() {
    }

    static List<ObjectNode> render(String directory) {
        return Kustomize.render(K8S.resolve(directory));
    }

    static List<String> schemaErrors(List<ObjectNode> objects) {
        List<String> errors = new ArrayList<>();
        objects.forEach(object -> errors.addAll(VALIDATOR.validate(object)));
        return errors;
    }

    static List<String> allErrors(List<ObjectNode> objects) {
        List<String> errors = schemaErrors(objects);
        errors.addAll(new CrossReferences(objects).all(SECRETS));
        return errors;
    }
}
