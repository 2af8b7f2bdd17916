package io.opensdr.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests and the services agree: each Deployment's container port is the port its
 * application.yml listens on, the service shuts down gracefully, and the readiness group the
 * probe reads includes Kafka and MongoDB (the gateway's: its own state only).
 */
class ServiceConfigurationTest {

    @ParameterizedTest
    @ValueSource(strings = {"campaign-service", "prospector-service", "qualifier-service", "outreach-service", "gateway"})
    void shouldListenOnTheManifestsPortShutDownGracefullyAndProbeTheRightHealthGroups(String service) {
        JsonNode yml = Yaml.readAll(Manifests.K8S.resolve("../../" + service + "/src/main/resources/application.yml")).get(0);
        JsonNode deployment = new CrossReferences(Manifests.render("overlays/production")).kind("Deployment").stream()
                .filter(d -> Kustomize.nameOf(d).equals(service)).findFirst().orElseThrow();
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);

        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(yml.path("server").path("port").asInt());
        assertThat(yml.path("server").path("shutdown").asText()).isEqualTo("graceful");
        assertThat(yml.path("management").path("endpoint").path("health").path("probes").path("enabled").asBoolean()).isTrue();
        if (!service.equals("gateway")) {
            String readiness = yml.path("management").path("endpoint").path("health").path("group").path("readiness").path("include").asText();
            assertThat(List.of(readiness.split("\\s*,\\s*"))).contains("readinessState", "mongo", "kafka");
        }
    }
}
