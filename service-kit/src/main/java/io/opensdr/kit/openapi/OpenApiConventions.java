package io.opensdr.kit.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes every service's OpenAPI document good enough to generate clients from (the SPA's types
 * are generated from it, see frontend/openapi/README.md):
 * <ul>
 *   <li>no two classes share a schema name ({@link SchemaNameCollisions});</li>
 *   <li>the server is {@code /}: the paths are the gateway's, and Swagger UI behind the gateway
 *       calls the gateway, never a service's own address;</li>
 *   <li>JSON answers say {@code application/json} instead of springdoc's {@code *}{@code /*}
 *       (a controller that does not declare what it produces);</li>
 *   <li>every operation documents its error answers: RFC 9457 problem details
 *       ({@code application/problem+json}, schema {@code Problem}, with the field-level
 *       {@code errors} of a validation failure) for any 4xx and 5xx;</li>
 *   <li>every property of a schema that only answers carry is required: the services' answers are
 *       Java records serialised by Jackson with nulls included, so every component is always
 *       present (a property that may be null says so with {@code @Schema(nullable = true)}, which
 *       becomes the JSON Schema type {@code null} beside its own). Schemas that requests carry keep
 *       the required list their validation annotations give ({@code @NotNull}, {@code @NotBlank}),
 *       and their other properties may be null as well as absent (Jackson reads both as null).</li>
 * </ul>
 */
public class OpenApiConventions implements OpenApiCustomizer {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_PROBLEM = "FieldProblem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";
    static final String ANY = "*/*";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String RESPONSE_REF = "#/components/responses/";

    private final SchemaNameCollisions names;

    public OpenApiConventions(SchemaNameCollisions names) {
        this.names = names;
    }

    @Override
    public void customise(OpenAPI api) {
        if (!names.collisions().isEmpty()) {
            throw new IllegalStateException("Several classes would be one schema of the OpenAPI document: "
                    + String.join("; ", names.collisions()) + ". Name them apart with @Schema(name = \"...\").");
        }
        api.setServers(List.of(new Server().url("/").description("The gateway (every path starts with /api)")));
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        Components components = api.getComponents();
        addProblemSchemas(components);
        Set<String> requestSchemas = new HashSet<>();
        Set<String> responseSchemas = new HashSet<>();
        if (api.getPaths() != null) {
            for (PathItem path : api.getPaths().values()) {
                for (Operation operation : path.readOperations()) {
                    collectRequestRoots(operation, requestSchemas);
                    ApiResponses responses = operation.getResponses();
                    if (responses == null) {
                        responses = new ApiResponses();
                        operation.setResponses(responses);
                    }
                    responses.values().forEach(response -> {
                        answerJson(response);
                        collectRoots(response.getContent(), responseSchemas);
                    });
                    responses.putIfAbsent("4XX", new ApiResponse().$ref(RESPONSE_REF + PROBLEM));
                    responses.putIfAbsent("5XX", new ApiResponse().$ref(RESPONSE_REF + PROBLEM));
                }
            }
        }
        Map<String, Schema> schemas = components.getSchemas();
        Set<String> fromRequests = closure(requestSchemas, schemas);
        Set<String> fromResponses = closure(responseSchemas, schemas);
        for (String name : fromResponses) {
            Schema<?> schema = schemas.get(name);
            if (fromRequests.contains(name) || schema == null || schema.getProperties() == null
                    || PROBLEM.equals(name) || FIELD_PROBLEM.equals(name)) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
        for (String name : fromRequests) {
            Schema<?> schema = schemas.get(name);
            if (fromResponses.contains(name) || schema == null || schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties().forEach((property, value) -> {
                if (!required.contains(property)) {
                    value.setNullable(true);
                }
            });
        }
        schemas.values().forEach(OpenApiConventions::nullableToTypeNull);
    }

    private static void addProblemSchemas(Components components) {
        Schema<?> fieldProblem = new ObjectSchema()
                .description("One invalid field of the request.")
                .addProperty("field", new StringSchema().description("The field's path, e.g. emailTemplate.subject."))
                .addProperty("message", new StringSchema().description("What is wrong with it."))
                .required(List.of("field", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, for people (title, detail) and programs (status,"
                        + " type). Validation failures list each invalid field in errors; some problems add"
                        + " properties of their own (e.g. retryAfterSeconds, missing).")
                .addProperty("type", new StringSchema().description("A URI identifying the problem type;"
                        + " about:blank when the status says it all.").example("about:blank"))
                .addProperty("title", new StringSchema().description("A short summary of the problem type."))
                .addProperty("status", new IntegerSchema().format("int32").description("The HTTP status code."))
                .addProperty("detail", new StringSchema().description("What happened, for this request."))
                .addProperty("instance", new StringSchema().description("The request's path."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(SCHEMA_REF + FIELD_PROBLEM))
                        .description("The invalid fields, for a validation failure (400)."))
                .required(List.of("type", "title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        components.addSchemas(FIELD_PROBLEM, fieldProblem);
        components.addSchemas(PROBLEM, problem);
        components.addResponses(PROBLEM, new ApiResponse()
                .description("The request failed: an RFC 9457 problem (400 invalid input, 401 not signed in,"
                        + " 403 not allowed, 404 not found or another workspace's, 409 conflict, 413 too large,"
                        + " 429 too many requests, 503 a service is unavailable).")
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(SCHEMA_REF + PROBLEM)))));
    }

    /** {@code *}{@code /*} becomes {@code application/json}, unless the answer is not JSON (bytes, text). */
    private static void answerJson(ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey(ANY)) {
            return;
        }
        MediaType any = content.get(ANY);
        Schema<?> schema = any.getSchema();
        if (schema != null && schema.get$ref() == null && isString(schema)) {
            return;
        }
        Content json = new Content();
        content.forEach((type, media) -> json.addMediaType(ANY.equals(type) ? JSON : type, media));
        response.setContent(json);
    }

    private static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
    }

    private static void collectRequestRoots(Operation operation, Set<String> names) {
        if (operation.getRequestBody() != null) {
            collectRoots(operation.getRequestBody().getContent(), names);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> collectRefs(parameter.getSchema(), names));
        }
    }

    private static void collectRoots(Content content, Set<String> names) {
        if (content != null) {
            content.values().forEach(media -> collectRefs(media.getSchema(), names));
        }
    }

    /** The schema names reachable from these, through properties, items and compositions. */
    private static Set<String> closure(Set<String> roots, Map<String, Schema> schemas) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name) || schemas == null || schemas.get(name) == null) {
                continue;
            }
            Set<String> next = new HashSet<>();
            collectRefs(schemas.get(name), next);
            todo.addAll(next);
        }
        return seen;
    }

    @SuppressWarnings("unchecked")
    private static void collectRefs(Schema<?> schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMA_REF)) {
            names.add(schema.get$ref().substring(SCHEMA_REF.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectRefs(property, names));
        }
        collectRefs(schema.getItems(), names);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            collectRefs(additional, names);
        }
        for (List<Schema> composed : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
                nonNull(schema.getOneOf()))) {
            composed.forEach(part -> collectRefs(part, names));
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    /**
     * OpenAPI 3.1 has no {@code nullable}: a property marked {@code @Schema(nullable = true)} gets
     * the type {@code null} beside its own (a reference becomes {@code anyOf} the reference and null).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nullableToTypeNull(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> {
            Schema<?> replaced = property;
            if (Boolean.TRUE.equals(property.getNullable())) {
                property.setNullable(null);
                if (property.get$ref() != null) {
                    replaced = new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                            new Schema<>().types(new TreeSet<>(Set.of("null")))));
                    replaced.setDescription(property.getDescription());
                } else {
                    Set<String> types = new TreeSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
                    if (property.getType() != null) {
                        types.add(property.getType());
                    }
                    types.add("null");
                    property.setTypes(types);
                }
            }
            properties.put(name, replaced);
        });
        schema.setProperties((Map) properties);
    }
}
