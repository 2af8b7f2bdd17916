package io.opensdr.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.opensdr.events.catalog.EventTopic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks across objects that a schema cannot make. Each returns its errors (empty when the
 * rendered overlay passes), so that a test can run one check on a broken fixture.
 */
final class CrossReferences {

    private final List<? extends JsonNode> objects;

    CrossReferences(List<? extends JsonNode> objects) {
        this.objects = objects;
    }

    /** A pod that will exist: a Deployment's template, or one an operator creates from a custom resource. */
    record Pod(String owner, Map<String, String> labels, JsonNode spec) {
    }

    List<String> all(PlatformSecrets secrets) {
        List<String> errors = new ArrayList<>();
        errors.addAll(selectors());
        errors.addAll(servicePorts());
        errors.addAll(scaleTargets());
        errors.addAll(references(secrets));
        errors.addAll(networkPolicies());
        errors.addAll(ingressBackends());
        errors.addAll(topics());
        errors.addAll(images());
        errors.addAll(podHardening());
        return errors;
    }

    /** Deployments select their own template; Services and PodDisruptionBudgets select some pod. */
    List<String> selectors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode deployment : kind("Deployment")) {
            Map<String, String> labels = map(deployment.path("spec").path("template").path("metadata").path("labels"));
            if (!matches(deployment.path("spec").path("selector"), labels)) {
                errors.add(id(deployment) + ": spec.selector does not match its pod template's labels " + labels);
            }
        }
        for (JsonNode service : kind("Service")) {
            JsonNode selector = service.path("spec").path("selector");
            if (selector.isEmpty() || applicationPods().stream().noneMatch(pod -> containsAll(pod.labels(), map(selector)))) {
                errors.add(id(service) + ": selector " + selector + " matches no pod");
            }
        }
        for (JsonNode budget : kind("PodDisruptionBudget")) {
            if (applicationPods().stream().noneMatch(pod -> matches(budget.path("spec").path("selector"), pod.labels()))) {
                errors.add(id(budget) + ": selector matches no pod");
            }
        }
        return errors;
    }

    /** Every Service port's targetPort is a port (by name or number) of every pod it selects. */
    List<String> servicePorts() {
        List<String> errors = new ArrayList<>();
        for (JsonNode service : kind("Service")) {
            Map<String, String> selector = map(service.path("spec").path("selector"));
            for (Pod pod : applicationPods()) {
                if (selector.isEmpty() || !containsAll(pod.labels(), selector)) {
                    continue;
                }
                for (JsonNode port : service.path("spec").path("ports")) {
                    JsonNode target = port.has("targetPort") ? port.get("targetPort") : port.get("port");
                    if (!hasPort(pod, target)) {
                        errors.add(id(service) + ": targetPort " + target + " is no container port of " + pod.owner());
                    }
                }
            }
        }
        return errors;
    }

    /** HorizontalPodAutoscalers scale a Deployment that exists. */
    List<String> scaleTargets() {
        List<String> errors = new ArrayList<>();
        for (JsonNode autoscaler : kind("HorizontalPodAutoscaler")) {
            JsonNode ref = autoscaler.path("spec").path("scaleTargetRef");
            boolean found = "apps/v1".equals(ref.path("apiVersion").asText())
                    && kind(ref.path("kind").asText()).stream().anyMatch(o -> Kustomize.nameOf(o).equals(ref.path("name").asText()));
            if (!found) {
                errors.add(id(autoscaler) + ": scaleTargetRef " + ref + " names no object");
            }
            if (autoscaler.path("spec").path("minReplicas").asInt(1) > autoscaler.path("spec").path("maxReplicas").asInt()) {
                errors.add(id(autoscaler) + ": minReplicas above maxReplicas");
            }
        }
        return errors;
    }

    /**
     * Every ConfigMap and ServiceAccount a pod names is in the manifests; every Secret and key
     * referenced (pods, Ingress TLS, MongoDB users) is in the platform-provided list, with the
     * same optionality; and the list names no Secret that nothing uses.
     */
    List<String> references(PlatformSecrets secrets) {
        List<String> errors = new ArrayList<>();
        Set<String> configMaps = names("ConfigMap");
        Set<String> serviceAccounts = names("ServiceAccount");
        Set<String> usedSecrets = new LinkedHashSet<>();
        for (JsonNode deployment : kind("Deployment")) {
            JsonNode spec = deployment.path("spec").path("template").path("spec");
            String account = spec.path("serviceAccountName").asText("default");
            if (!serviceAccounts.contains(account)) {
                errors.add(id(deployment) + ": ServiceAccount " + account + " does not exist");
            }
            for (JsonNode container : containers(spec)) {
                for (JsonNode env : container.path("env")) {
                    JsonNode from = env.path("valueFrom");
                    if (from.has("configMapKeyRef")) {
                        JsonNode ref = from.get("configMapKeyRef");
                        JsonNode configMap = object("ConfigMap", ref.path("name").asText());
                        if (configMap == null || !configMap.path("data").has(ref.path("key").asText())) {
                            errors.add(id(deployment) + ": env " + env.path("name").asText() + " reads ConfigMap key "
                                    + ref.path("name").asText() + "/" + ref.path("key").asText() + ", which does not exist");
                        }
                    }
                    if (from.has("secretKeyRef")) {
                        JsonNode ref = from.get("secretKeyRef");
                        usedSecrets.add(ref.path("name").asText());
                        secrets.checkKey(ref.path("name").asText(), ref.path("key").asText(),
                                ref.path("optional").asBoolean(false), id(deployment) + ": env " + env.path("name").asText(), errors);
                    }
                }
                for (JsonNode source : container.path("envFrom")) {
                    if (source.has("configMapRef") && !configMaps.contains(source.get("configMapRef").path("name").asText())) {
                        errors.add(id(deployment) + ": envFrom ConfigMap " + source.get("configMapRef").path("name").asText() + " does not exist");
                    }
                    if (source.has("secretRef")) {
                        String name = source.get("secretRef").path("name").asText();
                        usedSecrets.add(name);
                        secrets.checkEnvFrom(name, source.get("secretRef").path("optional").asBoolean(false), id(deployment), errors);
                    }
                }
            }
            for (JsonNode volume : spec.path("volumes")) {
                if (volume.has("configMap") && !configMaps.contains(volume.get("configMap").path("name").asText())) {
                    errors.add(id(deployment) + ": volume ConfigMap " + volume.get("configMap").path("name").asText() + " does not exist");
                }
                if (volume.has("secret")) {
                    String name = volume.get("secret").path("secretName").asText();
                    usedSecrets.add(name);
                    for (JsonNode item : volume.get("secret").path("items")) {
                        secrets.checkKey(name, item.path("key").asText(), volume.get("secret").path("optional").asBoolean(false),
                                id(deployment) + ": volume " + volume.path("name").asText(), errors);
                    }
                    if (!volume.get("secret").has("items")) {
                        secrets.checkKey(name, null, false, id(deployment) + ": volume " + volume.path("name").asText(), errors);
                    }
                }
            }
        }
        for (JsonNode ingress : kind("Ingress")) {
            for (JsonNode tls : ingress.path("spec").path("tls")) {
                String name = tls.path("secretName").asText();
                usedSecrets.add(name);
                secrets.checkKey(name, "tls.crt", false, id(ingress) + ": tls", errors);
                secrets.checkKey(name, "tls.key", false, id(ingress) + ": tls", errors);
            }
        }
        for (JsonNode mongo : kind("MongoDBCommunity")) {
            for (JsonNode user : mongo.path("spec").path("users")) {
                JsonNode ref = user.path("passwordSecretRef");
                usedSecrets.add(ref.path("name").asText());
                secrets.checkKey(ref.path("name").asText(), ref.path("key").asText("password"), false,
                        id(mongo) + ": user " + user.path("name").asText(), errors);
                if (user.hasNonNull("connectionStringSecretName")) {
                    usedSecrets.add(user.get("connectionStringSecretName").asText());
                }
            }
        }
        for (String listed : secrets.names()) {
            if (!usedSecrets.contains(listed)) {
                errors.add("platform-secrets.yaml lists " + listed + ", which no manifest uses");
            }
        }
        return errors;
    }

    /**
     * Each NetworkPolicy selects some pod, each pod peer (within the namespace) matches some pod,
     * and each ingress rule's ports are ports of the pods it protects.
     */
    List<String> networkPolicies() {
        List<String> errors = new ArrayList<>();
        List<Pod> pods = allPods();
        for (JsonNode policy : kind("NetworkPolicy")) {
            JsonNode selector = policy.path("spec").path("podSelector");
            List<Pod> selected = pods.stream().filter(pod -> matches(selector, pod.labels())).toList();
            if (selected.isEmpty()) {
                errors.add(id(policy) + ": podSelector " + selector + " matches no pod");
            }
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : policy.path("spec").path(direction)) {
                    for (JsonNode peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")
                                && pods.stream().noneMatch(pod -> matches(peer.get("podSelector"), pod.labels()))) {
                            errors.add(id(policy) + ": " + direction + " peer " + peer.get("podSelector") + " matches no pod");
                        }
                    }
                    if (direction.equals("ingress")) {
                        for (JsonNode port : rule.path("ports")) {
                            for (Pod pod : selected) {
                                if (pod.spec() != null && !hasPort(pod, port.get("port"))) {
                                    errors.add(id(policy) + ": ingress port " + port.get("port") + " is no container port of " + pod.owner());
                                }
                            }
                        }
                    }
                }
            }
        }
        return errors;
    }

    /** Every Ingress backend is a Service with that port. */
    List<String> ingressBackends() {
        List<String> errors = new ArrayList<>();
        for (JsonNode ingress : kind("Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    JsonNode service = object("Service", backend.path("name").asText());
                    JsonNode wanted = backend.path("port");
                    boolean found = service != null && stream(service.path("spec").path("ports")).anyMatch(port ->
                            (wanted.has("name") && wanted.get("name").asText().equals(port.path("name").asText()))
                                    || (wanted.has("number") && wanted.get("number").asInt() == port.path("port").asInt()));
                    if (!found) {
                        errors.add(id(ingress) + ": backend " + backend + " is no Service port");
                    }
                }
            }
        }
        return errors;
    }

    /**
     * Every topic of the catalogue (schemas' EventTopic) and its DLT is a KafkaTopic of an existing
     * Kafka cluster, with the catalogue's partitions and cleanup policy, replicated no more than
     * the cluster has brokers and with fewer in-sync replicas required than replicas (or one).
     */
    List<String> topics() {
        List<String> errors = new ArrayList<>();
        Map<String, JsonNode> byTopicName = new HashMap<>();
        for (JsonNode topic : kind("KafkaTopic")) {
            String name = topic.path("spec").path("topicName").asText(Kustomize.nameOf(topic));
            byTopicName.put(name, topic);
            String cluster = topic.path("metadata").path("labels").path("strimzi.io/cluster").asText();
            if (object("Kafka", cluster) == null) {
                errors.add(id(topic) + ": strimzi.io/cluster '" + cluster + "' is no Kafka in the manifests");
                continue;
            }
            int brokers = brokers(cluster);
            int replicas = topic.path("spec").path("replicas").asInt(0);
            if (replicas < 1 || replicas > brokers) {
                errors.add(id(topic) + ": replicas " + replicas + " but the cluster has " + brokers + " broker(s)");
            }
            JsonNode minIsr = topic.path("spec").path("config").path("min.insync.replicas");
            if (!minIsr.isMissingNode() && minIsr.asInt() >= replicas && replicas > 1) {
                errors.add(id(topic) + ": min.insync.replicas " + minIsr.asInt() + " leaves no replica to lose out of " + replicas);
            }
        }
        for (EventTopic event : EventTopic.values()) {
            checkTopic(byTopicName.get(event.topicName()), event.topicName(), event.retention().cleanupPolicy(), errors);
            checkTopic(byTopicName.get(event.deadLetterTopicName()), event.deadLetterTopicName(), "delete", errors);
        }
        return errors;
    }

    private static void checkTopic(JsonNode topic, String name, String cleanupPolicy, List<String> errors) {
        if (topic == null) {
            errors.add("KafkaTopic " + name + ": missing (the catalogue has it)");
            return;
        }
        if (topic.path("spec").path("partitions").asInt() != EventTopic.PARTITIONS) {
            errors.add(id(topic) + ": partitions " + topic.path("spec").path("partitions") + ", the catalogue says " + EventTopic.PARTITIONS);
        }
        String policy = topic.path("spec").path("config").path("cleanup.policy").asText();
        if (!cleanupPolicy.equals(policy)) {
            errors.add(id(topic) + ": cleanup.policy '" + policy + "', the catalogue says '" + cleanupPolicy + "'");
        }
        boolean hasRetention = topic.path("spec").path("config").has("retention.ms");
        if (cleanupPolicy.equals("delete") && !hasRetention) {
            errors.add(id(topic) + ": a delete topic needs an explicit retention.ms");
        }
        if (cleanupPolicy.equals("compact") && hasRetention) {
            errors.add(id(topic) + ": a compacted topic keeps the latest record per key; no retention.ms");
        }
    }

    private int brokers(String cluster) {
        return kind("KafkaNodePool").stream()
                .filter(pool -> cluster.equals(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()))
                .filter(pool -> stream(pool.path("spec").path("roles")).anyMatch(role -> role.asText().equals("broker")))
                .mapToInt(pool -> pool.path("spec").path("replicas").asInt())
                .sum();
    }

    /** Every container image has a tag or a digest, never latest. */
    List<String> images() {
        List<String> errors = new ArrayList<>();
        for (JsonNode deployment : kind("Deployment")) {
            for (JsonNode container : containers(deployment.path("spec").path("template").path("spec"))) {
                String image = container.path("image").asText();
                String name = Kustomize.imageName(image);
                String rest = image.substring(name.length());
                if (rest.isEmpty() || rest.equals(":latest")) {
                    errors.add(id(deployment) + ": image " + image + " has no pinned tag or digest (set it in the kustomization's images:)");
                }
            }
        }
        return errors;
    }

    /**
     * Every Deployment's pods run as non-root on a read-only root file system with a writable
     * /tmp, without privilege escalation, with requests and limits and the three probes.
     */
    List<String> podHardening() {
        List<String> errors = new ArrayList<>();
        for (JsonNode deployment : kind("Deployment")) {
            JsonNode spec = deployment.path("spec").path("template").path("spec");
            String id = id(deployment);
            if (!spec.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
                errors.add(id + ": pod securityContext.runAsNonRoot is not true");
            }
            if (spec.path("securityContext").path("runAsUser").asInt(-1) == 0) {
                errors.add(id + ": runs as user 0");
            }
            Set<String> emptyDirs = new LinkedHashSet<>();
            spec.path("volumes").forEach(volume -> {
                if (volume.has("emptyDir")) {
                    emptyDirs.add(volume.path("name").asText());
                }
            });
            if (!spec.has("terminationGracePeriodSeconds")) {
                errors.add(id + ": no terminationGracePeriodSeconds");
            }
            for (JsonNode container : containers(spec)) {
                String where = id + " container " + container.path("name").asText();
                JsonNode context = container.path("securityContext");
                if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
                    errors.add(where + ": readOnlyRootFilesystem is not true");
                }
                if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
                    errors.add(where + ": allowPrivilegeEscalation is not false");
                }
                boolean tmp = stream(container.path("volumeMounts")).anyMatch(mount ->
                        "/tmp".equals(mount.path("mountPath").asText()) && emptyDirs.contains(mount.path("name").asText()));
                if (!tmp) {
                    errors.add(where + ": no emptyDir mounted on /tmp");
                }
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (!container.path("resources").path(kind).has(resource)) {
                            errors.add(where + ": no " + resource + " " + kind);
                        }
                    }
                }
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    if (!container.has(probe)) {
                        errors.add(where + ": no " + probe);
                    }
                }
                if (!container.path("lifecycle").has("preStop")) {
                    errors.add(where + ": no preStop pause");
                }
            }
        }
        return errors;
    }

    // --- pods and selectors -------------------------------------------------------------------

    private List<Pod> applicationPods() {
        List<Pod> pods = new ArrayList<>();
        for (JsonNode deployment : kind("Deployment")) {
            JsonNode template = deployment.path("spec").path("template");
            pods.add(new Pod(id(deployment), map(template.path("metadata").path("labels")), template.path("spec")));
        }
        return pods;
    }

    /**
     * The application pods and the pods the operators create, with the labels they document:
     * Strimzi labels every Kafka node pod strimzi.io/cluster, strimzi.io/kind: Kafka and
     * strimzi.io/name: {cluster}-kafka; the MongoDB Community operator labels its pods
     * app: {name}-svc.
     */
    List<Pod> allPods() {
        List<Pod> pods = new ArrayList<>(applicationPods());
        for (JsonNode kafka : kind("Kafka")) {
            String name = Kustomize.nameOf(kafka);
            pods.add(new Pod(id(kafka), Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", name + "-kafka"), null));
        }
        for (JsonNode mongo : kind("MongoDBCommunity")) {
            pods.add(new Pod(id(mongo), Map.of("app", Kustomize.nameOf(mongo) + "-svc"), null));
        }
        return pods;
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode()) {
            return false;
        }
        if (!containsAll(labels, map(selector.path("matchLabels")))) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new LinkedHashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAll(Map<String, String> labels, Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    private static boolean hasPort(Pod pod, JsonNode port) {
        return containers(pod.spec()).stream().flatMap(c -> stream(c.path("ports"))).anyMatch(p ->
                port.isTextual() ? port.asText().equals(p.path("name").asText()) : port.asInt() == p.path("containerPort").asInt());
    }

    // --- helpers ------------------------------------------------------------------------------

    List<JsonNode> kind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).map(o -> (JsonNode) o).toList();
    }

    private JsonNode object(String kind, String name) {
        return kind(kind).stream().filter(o -> name.equals(Kustomize.nameOf(o))).findFirst().orElse(null);
    }

    private Set<String> names(String kind) {
        Set<String> names = new LinkedHashSet<>();
        kind(kind).forEach(o -> names.add(Kustomize.nameOf(o)));
        return names;
    }

    private static List<JsonNode> containers(JsonNode podSpec) {
        List<JsonNode> containers = new ArrayList<>();
        podSpec.path("initContainers").forEach(containers::add);
        podSpec.path("containers").forEach(containers::add);
        return containers;
    }

    static Map<String, String> map(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + Kustomize.nameOf(object);
    }
}
