package io.opensdr.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opensdr.events.catalog.EventTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each check fails on a manifest broken in the one way it looks for (fixtures under
 * src/test/resources/fixtures/broken, each a patch of fixtures/valid), and the valid fixture
 * passes all of them: none of the checks passes whatever it is given.
 */
class BrokenManifestsTest {

    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final PlatformSecrets FIXTURE_SECRETS = new PlatformSecrets(Manifests.K8S.resolve(FIXTURES + "platform-secrets.yaml"));

    private static List<ObjectNode> fixture(String name) {
        return Manifests.render(FIXTURES + name);
    }

    private static List<String> run(String fixture, Function<CrossReferences, List<String>> check) {
        return check.apply(new CrossReferences(fixture(fixture)));
    }

    @Test
    void shouldPassTheValidFixtureThroughEveryCheck() {
        List<ObjectNode> objects = fixture("valid");
        CrossReferences checks = new CrossReferences(objects);

        assertThat(Manifests.schemaErrors(objects)).isEmpty();
        assertThat(checks.selectors()).isEmpty();
        assertThat(checks.servicePorts()).isEmpty();
        assertThat(checks.scaleTargets()).isEmpty();
        assertThat(checks.references(FIXTURE_SECRETS)).isEmpty();
        assertThat(checks.networkPolicies()).isEmpty();
        assertThat(checks.ingressBackends()).isEmpty();
        assertThat(checks.images()).isEmpty();
        assertThat(checks.podHardening()).isEmpty();
    }

    @Test
    void shouldRefuseAFieldTheKubernetesSchemaDoesNotHave() {
        assertThat(Manifests.schemaErrors(fixture("broken/unknown-field")))
                .containsExactly("Deployment/app.spec.template.spec.containers[0].imagePullPolicyy: unknown field");
    }

    @Test
    void shouldRefuseAValueOfTheWrongType() {
        assertThat(Manifests.schemaErrors(fixture("broken/wrong-type")))
                .singleElement().asString().startsWith("Service/app: does not parse as Service");
    }

    @Test
    void shouldRefuseAFieldTheStrimziModelDoesNotHave() {
        assertThat(Manifests.schemaErrors(fixture("broken/strimzi-unknown-field")))
                .containsExactly("KafkaTopic/orders.spec.partition: unknown field");
    }

    @Test
    void shouldRefuseAValueOutsideAStrimziEnum() {
        assertThat(Manifests.schemaErrors(fixture("broken/strimzi-wrong-enum")))
                .containsExactly("KafkaNodePool/pool.spec.roles[0]: the value \"leader\" is not accepted");
    }

    @Test
    void shouldCheckMongoDbCommunityAgainstItsPublishedCrdSchema() {
        assertThat(Manifests.schemaErrors(fixture("broken/mongodb-schema"))).containsExactlyInAnyOrder(
                "MongoDBCommunity/mongo.spec.members: 51 is above the maximum 50",
                "MongoDBCommunity/mongo.spec.security.authentication.modes[0]: \"PLAIN\" is not one of [\"SCRAM\",\"SCRAM-SHA-256\",\"SCRAM-SHA-1\",\"X509\"]",
                "MongoDBCommunity/mongo.spec.users[0].role: unknown field",
                "MongoDBCommunity/mongo.spec.users[0]: missing required field roles");
    }

    @Test
    void shouldRefuseASecretInTheManifests() {
        assertThat(Manifests.schemaErrors(fixture("broken/secret-in-manifests")))
                .singleElement().asString().startsWith("Secret/app-secret: v1 Secret is not a kind these manifests may contain");
    }

    @Test
    void shouldFindADeploymentWhoseSelectorMissesItsTemplate() {
        assertThat(run("broken/deployment-selector-mismatch", CrossReferences::selectors))
                .contains("Deployment/app: spec.selector does not match its pod template's labels {app.kubernetes.io/name=app}");
    }

    @Test
    void shouldFindAServiceThatSelectsNoPod() {
        assertThat(run("broken/service-selects-nothing", CrossReferences::selectors))
                .containsExactly("Service/app: selector {\"app.kubernetes.io/name\":\"ap\"} matches no pod");
    }

    @Test
    void shouldFindADisruptionBudgetThatSelectsNoPod() {
        assertThat(run("broken/budget-selects-nothing", CrossReferences::selectors))
                .containsExactly("PodDisruptionBudget/app: selector matches no pod");
    }

    @Test
    void shouldFindAServiceTargetPortNoContainerHas() {
        assertThat(run("broken/target-port-missing", CrossReferences::servicePorts))
                .containsExactly("Service/app: targetPort \"metrics\" is no container port of Deployment/app");
    }

    @Test
    void shouldFindAnAutoscalerWhoseTargetDoesNotExist() {
        assertThat(run("broken/autoscaler-target-missing", CrossReferences::scaleTargets))
                .singleElement().asString().startsWith("HorizontalPodAutoscaler/app: scaleTargetRef");
    }

    @Test
    void shouldFindASecretThatIsNeitherInTheManifestsNorInThePlatformList() {
        assertThat(new CrossReferences(fixture("broken/secret-not-listed")).references(FIXTURE_SECRETS))
                .containsExactly("Deployment/app: env PASSWORD: Secret database-password is neither in the manifests nor in platform-secrets.yaml");
    }

    @Test
    void shouldFindAConfigMapKeyThatDoesNotExist() {
        assertThat(new CrossReferences(fixture("broken/configmap-missing")).references(FIXTURE_SECRETS))
                .containsExactly("Deployment/app: env COLOUR reads ConfigMap key app-config/COLOUR, which does not exist");
    }

    @Test
    void shouldFindAPlatformSecretNothingUses() {
        List<ObjectNode> withoutIngress = new ArrayList<>(fixture("valid"));
        withoutIngress.removeIf(object -> object.path("kind").asText().equals("Ingress"));

        assertThat(new CrossReferences(withoutIngress).references(FIXTURE_SECRETS))
                .containsExactly("platform-secrets.yaml lists app-tls, which no manifest uses");
    }

    @Test
    void shouldFindANetworkPolicyThatSelectsNoPod() {
        assertThat(run("broken/network-policy-selects-nothing", CrossReferences::networkPolicies))
                .containsExactly("NetworkPolicy/app: podSelector {\"matchLabels\":{\"app.kubernetes.io/name\":\"ap\"}} matches no pod");
    }

    @Test
    void shouldFindANetworkPolicyPortThePodsDoNotListenOn() {
        assertThat(run("broken/network-policy-port-missing", CrossReferences::networkPolicies))
                .containsExactly("NetworkPolicy/app: ingress port 9090 is no container port of Deployment/app");
    }

    @Test
    void shouldFindAnIngressBackendThatIsNoServicePort() {
        assertThat(run("broken/ingress-backend-missing", CrossReferences::ingressBackends))
                .singleElement().asString().startsWith("Ingress/app: backend");
    }

    @Test
    void shouldFindAnImageWithoutAPinnedTag() {
        assertThat(run("broken/untagged-image", CrossReferences::images))
                .containsExactly("Deployment/app: image example/app has no pinned tag or digest (set it in the kustomization's images:)");
    }

    @Test
    void shouldFindAContainerWithAWritableRootAndNoReadinessProbe() {
        assertThat(run("broken/writable-root", CrossReferences::podHardening)).containsExactly(
                "Deployment/app container app: readOnlyRootFilesystem is not true",
                "Deployment/app container app: no readinessProbe");
    }

    @Test
    void shouldFindACatalogueTopicWithoutAKafkaTopic() {
        List<ObjectNode> objects = new ArrayList<>(Manifests.render("overlays/production"));
        objects.removeIf(object -> object.path("kind").asText().equals("KafkaTopic")
                && object.path("metadata").path("name").asText().equals(EventTopic.EMAIL_SENT.deadLetterTopicName()));

        assertThat(new CrossReferences(objects).topics())
                .containsExactly("KafkaTopic sdr.email-sent.v1-dlt: missing (the catalogue has it)");
    }

    @Test
    void shouldFindAKafkaTopicThatDisagreesWithTheCatalogue() {
        List<ObjectNode> objects = Manifests.render("overlays/small");
        ObjectNode campaign = objects.stream()
                .filter(object -> object.path("metadata").path("name").asText().equals(EventTopic.CAMPAIGN.topicName()))
                .findFirst().orElseThrow();
        ((ObjectNode) campaign.get("spec")).put("partitions", 6).put("replicas", 3);
        ((ObjectNode) campaign.path("spec").path("config")).put("cleanup.policy", "delete");

        assertThat(new CrossReferences(objects).topics()).containsExactlyInAnyOrder(
                "KafkaTopic/sdr.campaign.v1: replicas 3 but the cluster has 1 broker(s)",
                "KafkaTopic/sdr.campaign.v1: partitions 6, the catalogue says 3",
                "KafkaTopic/sdr.campaign.v1: cleanup.policy 'delete', the catalogue says 'compact'");
    }

    @Test
    void shouldRefuseAKustomizationFieldOutsideTheSubset() {
        assertThatThrownBy(() -> fixture("broken/unsupported-kustomize-field"))
                .hasMessageContaining("'configMapGenerator' is not in the Kustomize subset");
    }

    @Test
    void shouldRefuseAPatchThatMatchesNothing() {
        assertThatThrownBy(() -> fixture("broken/patch-matches-nothing"))
                .hasMessageContaining("no Deployment named no-such-app to patch");
    }

    @Test
    void shouldRefuseAPatchDirective() {
        assertThatThrownBy(() -> fixture("broken/patch-directive"))
                .hasMessageContaining("patch directive $patch is not in the subset");
    }
}
