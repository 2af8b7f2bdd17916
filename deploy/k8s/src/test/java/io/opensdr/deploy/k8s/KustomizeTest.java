package io.opensdr.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The renderer does what Kustomize does for the subset it supports. */
class KustomizeTest {

    private static JsonNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && Kustomize.nameOf(o).equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void shouldSetTheImageTagsTheNamespaceAndTheLabelsOnObjectsAndPodTemplatesButNotSelectors() {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        JsonNode gateway = find(objects, "Deployment", "gateway");

        assertThat(gateway.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText())
                .isEqualTo("opensdr/gateway:0.1.0-SNAPSHOT");
        assertThat(gateway.path("metadata").path("namespace").asText()).isEqualTo("opensdr");
        assertThat(gateway.path("spec").path("template").path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())
                .isEqualTo("opensdr");
        assertThat(gateway.path("spec").path("selector").path("matchLabels").has("app.kubernetes.io/part-of")).isFalse();
    }

    @Test
    void shouldMergeContainersAndEnvByNameAndReplaceOtherLists() {
        List<ObjectNode> small = Manifests.render("overlays/small");
        JsonNode container = find(small, "Deployment", "campaign-service").path("spec").path("template").path("spec").path("containers");

        assertThat(container).hasSize(1);
        JsonNode env = container.get(0).path("env");
        assertThat(env.findValuesAsText("name")).containsOnlyOnce("OPENSDR_CAMPAIGN_DEMO_ENABLED").contains("SPRING_DATA_MONGODB_URI");
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals("OPENSDR_CAMPAIGN_DEMO_ENABLED")) {
                assertThat(variable.path("value").asText()).isEqualTo("true");
            }
        }
        assertThat(container.get(0).path("image").asText()).isEqualTo("opensdr/campaign-service:0.1.0-SNAPSHOT");
    }

    @Test
    void shouldApplyATargetedPatchToEveryObjectOfTheKind() {
        List<ObjectNode> small = Manifests.render("overlays/small");

        assertThat(small.stream().filter(o -> o.path("kind").asText().equals("HorizontalPodAutoscaler")))
                .hasSize(5)
                .allSatisfy(hpa -> assertThat(hpa.path("spec").path("maxReplicas").asInt()).isEqualTo(2));
        assertThat(find(small, "HorizontalPodAutoscaler", "gateway").path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo("gateway");
    }

    @Test
    void shouldReadTheImageNameWithoutTagOrDigest() {
        assertThat(Kustomize.imageName("registry.example.com:5000/opensdr/gateway:1.0")).isEqualTo("registry.example.com:5000/opensdr/gateway");
        assertThat(Kustomize.imageName("opensdr/gateway@sha256:abc")).isEqualTo("opensdr/gateway");
        assertThat(Kustomize.imageName("opensdr/gateway")).isEqualTo("opensdr/gateway");
    }
}
