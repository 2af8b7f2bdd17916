package io.opensdr.deploy.k8s;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates each rendered object against the schema of its kind, with unknown fields as errors:
 * <ul>
 *   <li>Kubernetes kinds: bound to the fabric8 kubernetes-model classes (8.0.0), which mirror the
 *       API's OpenAPI; every field a class does not declare lands in its additionalProperties,
 *       and any such field anywhere in the tree is an error (strict parsing);</li>
 *   <li>Strimzi kinds: bound the same way to Strimzi's own published API model (io.strimzi:api,
 *       the classes Strimzi generates its CRDs from), with the same strictness;</li>
 *   <li>MongoDBCommunity: the published CRD schema shipped in deploy/k8s/schemas ({@link CrdSchema}).</li>
 * </ul>
 * A kind outside this list is an error: the manifests stay within what is validated. Secrets are
 * deliberately not in it: no Secret (and so no secret value) may be part of the manifests.
 */
final class ObjectValidator {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    private static final Set<String> NAME_FREE_PACKAGES = Set.of("java.", "javax.");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private final Map<String, CrdSchema> crds = new java.util.HashMap<>();

    ObjectValidator(Path schemasDirectory) {
        CrdSchema mongo = CrdSchema.load(schemasDirectory.resolve("mongodbcommunity.mongodb.com_mongodbcommunity.yaml"));
        crds.put(mongo.apiGroup() + "/" + mongo.kind(), mongo);
    }

    /** Every schema error of the object, each prefixed with its kind and name; empty when valid. */
    List<String> validate(JsonNode object) {
        String id = object.path("kind").asText() + "/" + Kustomize.nameOf(object);
        List<String> errors = new ArrayList<>();
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        Class<?> model = MODELS.get(apiVersion + "/" + kind);
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        CrdSchema crd = crds.get(group + "/" + kind);
        if (model != null) {
            bind(object, model, errors);
        } else if (crd != null) {
            errors.addAll(crd.validate(object));
            bind(object.path("metadata"), ObjectMeta.class, errors);
        } else {
            errors.add(": " + apiVersion + " " + kind + " is not a kind these manifests may contain (validated kinds: "
                    + MODELS.keySet() + ", " + crds.keySet() + ")");
        }
        if (object.path("metadata").path("name").asText().isBlank()) {
            errors.add(": no metadata.name");
        }
        return errors.stream().map(error -> id + error).toList();
    }

    private void bind(JsonNode node, Class<?> model, List<String> errors) {
        Object bound;
        try {
            bound = mapper.treeToValue(node, model);
        } catch (Exception e) {
            errors.add(": does not parse as " + model.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        strict(bound, "", errors, new IdentityHashMap<>());
        dropped(node, mapper.valueToTree(bound), "", errors);
    }

    /**
     * A value given in the manifest that the bound model does not give back was not accepted: an
     * enum value the model does not know (Strimzi's enums read an unknown value as null), say.
     */
    private static void dropped(JsonNode given, JsonNode kept, String path, List<String> errors) {
        if (given == null || given.isNull()) {
            return;
        }
        if (kept == null || kept.isNull() || kept.isMissingNode()) {
            boolean defaultValue = (given.isBoolean() && !given.asBoolean()) || (given.isNumber() && given.asDouble() == 0);
            if (defaultValue) {
                // Serializers leave false and 0 out; they were read.
                return;
            }
            errors.add(path + ": the value " + given + " is not accepted");
            return;
        }
        if (given.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                dropped(field.getValue(), kept.get(field.getKey()), path + "." + field.getKey(), errors);
            }
        } else if (given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                dropped(given.get(i), kept.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    /** Walks the bound object; any field that landed in an any-setter map was unknown to the model. */
    private void strict(Object value, String path, List<String> errors, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                strict(element, path + "[" + i++ + "]", errors, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                strict(entry.getValue(), path + "." + entry.getKey(), errors, seen);
            }
            return;
        }
        Class<?> type = value.getClass();
        String name = type.getName();
        if (type.isPrimitive() || type.isEnum() || NAME_FREE_PACKAGES.stream().anyMatch(name::startsWith)) {
            return;
        }
        JavaType javaType = mapper.constructType(type);
        for (Method method : type.getMethods()) {
            boolean anyGetter = method.isAnnotationPresent(JsonAnyGetter.class) || method.getName().equals("getAdditionalProperties");
            if (anyGetter && method.getParameterCount() == 0 && Map.class.isAssignableFrom(method.getReturnType())) {
                Object extra = invoke(method, value);
                if (extra instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    for (Object field : unknown.keySet()) {
                        errors.add((path.isEmpty() ? "" : path) + "." + field + ": unknown field");
                    }
                }
            }
        }
        for (BeanPropertyDefinition property : mapper.getSerializationConfig().introspect(javaType).findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null || accessor.hasAnnotation(JsonAnyGetter.class) || property.getName().equals("additionalProperties")) {
                continue;
            }
            Object child;
            try {
                child = accessor.getValue(value);
            } catch (RuntimeException e) {
                continue;
            }
            strict(child, path + "." + property.getName(), errors, seen);
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
