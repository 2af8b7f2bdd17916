package io.opensdr.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/small", "overlays/production"})
    void shouldRenderEveryOverlayIntoObjectsThatPassEveryCheck(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);

        assertThat(Manifests.allErrors(objects)).isEmpty();
        assertThat(objects).allSatisfy(object -> {
            assertThat(object.path("metadata").path("namespace").asText()).isEqualTo("opensdr");
            assertThat(object.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).isEqualTo("opensdr");
        });
    }

    @Test
    void shouldRunTheSmallOverlayOnOneKafkaNodeWithSingleReplicaTopics() {
        CrossReferences small = new CrossReferences(Manifests.render("overlays/small"));

        assertThat(small.kind("KafkaNodePool")).singleElement().satisfies(pool -> {
            assertThat(pool.path("spec").path("replicas").asInt()).isEqualTo(1);
            assertThat(pool.path("spec").path("roles").toString()).isEqualTo("[\"controller\",\"broker\"]");
        });
        assertThat(small.kind("KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(1);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(1);
        });
        assertThat(small.kind("MongoDBCommunity")).singleElement()
                .satisfies(mongo -> assertThat(mongo.path("spec").path("members").asInt()).isEqualTo(1));
        assertThat(small.kind("HorizontalPodAutoscaler"))
                .allSatisfy(hpa -> assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(1));
    }

    @Test
    void shouldRunProductionOnSeparateControllersAndThreeBrokers() {
        CrossReferences production = new CrossReferences(Manifests.render("overlays/production"));

        assertThat(production.kind("KafkaNodePool")).extracting(pool -> Kustomize.nameOf(pool) + "=" + pool.path("spec").path("roles")
                + "x" + pool.path("spec").path("replicas")).containsExactly("controllers=[\"controller\"]x3", "brokers=[\"broker\"]x3");
        assertThat(production.kind("KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        });
        assertThat(production.kind("Ingress")).singleElement().satisfies(ingress ->
                assertThat(ingress.path("metadata").path("annotations").has("cert-manager.io/cluster-issuer")).isTrue());
    }

    /** Two to four gateway replicas in production: their rate limits count in MongoDB, shared. */
    @Test
    void shouldShareTheGatewaysRateLimitsInMongoDbInProductionOnly() {
        JsonNode production = gatewayEnv("overlays/production");
        JsonNode small = gatewayEnv("overlays/small");

        assertThat(envValue(production, "OPENSDR_GATEWAY_RATE_LIMITS_STORE")).isEqualTo("mongodb");
        assertThat(envValue(production, "OPENSDR_GATEWAY_RATE_LIMITS_MONGODB_DATABASE")).isEqualTo("opensdr-gateway");
        JsonNode uri = env(production, "OPENSDR_GATEWAY_RATE_LIMITS_MONGODB_URI").path("valueFrom").path("secretKeyRef");
        assertThat(uri.path("name").asText()).isEqualTo("opensdr-mongodb-gateway-connection");
        assertThat(uri.path("key").asText()).isEqualTo("connectionString.standard");
        // The patch adds to the base's variables, it does not replace them.
        assertThat(envValue(production, "OPENSDR_GATEWAY_CAMPAIGN_URL")).isEqualTo("http://campaign-service:8082");
        // One replica: in memory.
        assertThat(env(small, "OPENSDR_GATEWAY_RATE_LIMITS_STORE").isMissingNode()).isTrue();
    }

    private static JsonNode gatewayEnv(String overlay) {
        return new CrossReferences(Manifests.render(overlay)).kind("Deployment").stream()
                .filter(deployment -> Kustomize.nameOf(deployment).equals("gateway"))
                .findFirst().orElseThrow()
                .path("spec").path("template").path("spec").path("containers").get(0).path("env");
    }

    private static JsonNode env(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String envValue(JsonNode env, String name) {
        return env(env, name).path("value").asText();
    }

    @Test
    void shouldProbeTheActuatorHealthGroupsOfEveryService() {
        for (JsonNode deployment : new CrossReferences(Manifests.render("overlays/production")).kind("Deployment")) {
            if (Kustomize.nameOf(deployment).equals("schema-registry")) {
                continue;
            }
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/actuator/health/readiness");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/actuator/health/liveness");
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/actuator/health/liveness");
        }
    }

    @Test
    void shouldSetEveryImageTagInTheBaseKustomizationOnly() throws Exception {
        List<String> untaggedInFiles;
        try (Stream<Path> files = Files.list(Manifests.K8S.resolve("base"))) {
            untaggedInFiles = files.filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .flatMap(file -> Yaml.readAll(file).stream())
                    .flatMap(object -> Stream.of(object.path("spec").path("template").path("spec").path("containers")))
                    .flatMap(containers -> java.util.stream.StreamSupport.stream(containers.spliterator(), false))
                    .map(container -> container.path("image").asText())
                    .toList();
        }
        assertThat(untaggedInFiles).isNotEmpty().allSatisfy(image -> assertThat(Kustomize.imageName(image)).isEqualTo(image));
        JsonNode kustomization = Yaml.readAll(Manifests.K8S.resolve("base/kustomization.yaml")).get(0);
        assertThat(kustomization.path("images")).hasSize(untaggedInFiles.size());
        for (String overlay : List.of("overlays/small", "overlays/production")) {
            assertThat(Yaml.readAll(Manifests.K8S.resolve(overlay + "/kustomization.yaml")).get(0).has("images")).isFalse();
        }
    }
}
