package io.opensdr.kit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    private final SchemaNameCollisions names = new SchemaNameCollisions();
    private final OpenApiConventions conventions = new OpenApiConventions(names);

    @Test
    void shouldRequireEveryFieldOfAnAnswerAndMarkTheNullableOnes() {
        OpenAPI api = api();

        conventions.customise(api);

        Schema<?> view = api.getComponents().getSchemas().get("View");
        assertThat(view.getRequired()).containsExactly("id", "launchedAt", "target");
        assertThat(view.getProperties().get("launchedAt").getTypes()).containsExactlyInAnyOrder("string", "null");
        List<Schema> anyOf = view.getProperties().get("target").getAnyOf();
        assertThat(anyOf).hasSize(2);
        assertThat(anyOf.get(0).get$ref()).isEqualTo("#/components/schemas/Target");
        assertThat(anyOf.get(1).getTypes()).containsExactly("null");
        assertThat(api.getComponents().getSchemas().get("Target").getRequired()).containsExactly("titles");
    }

    @Test
    void shouldKeepARequestsRequiredFieldsAndLetTheOthersBeNull() {
        OpenAPI api = api();

        conventions.customise(api);

        Schema<?> create = api.getComponents().getSchemas().get("Create");
        assertThat(create.getRequired()).containsExactly("name");
        assertThat(create.getProperties().get("name").getTypes()).containsExactly("string");
        assertThat(create.getProperties().get("sector").getTypes()).containsExactlyInAnyOrder("string", "null");
    }

    @Test
    void shouldAnswerJsonAndDescribeProblemsOnEveryOperation() {
        OpenAPI api = api();

        conventions.customise(api);

        ApiResponses responses = api.getPaths().get("/api/things").getPost().getResponses();
        assertThat(responses.get("200").getContent()).containsOnlyKeys("application/json");
        assertThat(responses.get("4XX").get$ref()).isEqualTo("#/components/responses/Problem");
        assertThat(responses.get("5XX").get$ref()).isEqualTo("#/components/responses/Problem");
        ApiResponse problem = api.getComponents().getResponses().get("Problem");
        assertThat(problem.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(api.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
    }

    @Test
    void shouldLeaveAnAnswerThatIsNotJsonAlone() {
        OpenAPI api = api();
        api.getPaths().get("/api/things").getPost().getResponses().get("200")
                .setContent(new Content().addMediaType("*/*", new MediaType().schema(new StringSchema().format("binary"))));

        conventions.customise(api);

        assertThat(api.getPaths().get("/api/things").getPost().getResponses().get("200").getContent())
                .containsOnlyKeys("*/*");
    }

    @Test
    void shouldRefuseTwoClassesUnderOneSchemaName() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(names);
        converters.readAllAsResolvedSchema(new AnnotatedType(First.Target.class));
        converters.readAllAsResolvedSchema(new AnnotatedType(Second.Target.class));

        assertThat(names.collisions()).singleElement().asString()
                .startsWith("Target (")
                .contains(First.Target.class.getName(), Second.Target.class.getName());
        assertThatThrownBy(() -> conventions.customise(api()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@Schema(name");
    }

    static class First {
        record Target(String title) {
        }
    }

    static class Second {
        record Target(int size) {
        }
    }

    /** POST /api/things takes a Create and answers a View (whose target is a Target). */
    private static OpenAPI api() {
        Schema<?> target = new ObjectSchema().addProperty("titles", new StringSchema());
        Schema<?> launchedAt = new StringSchema();
        launchedAt.setNullable(true);
        Schema<?> targetRef = new Schema<>().$ref("#/components/schemas/Target");
        targetRef.setNullable(true);
        Schema<?> view = new ObjectSchema()
                .addProperty("id", new StringSchema())
                .addProperty("launchedAt", launchedAt)
                .addProperty("target", targetRef);
        Schema<?> create = new ObjectSchema()
                .addProperty("name", new StringSchema().types(new java.util.TreeSet<>(Set.of("string"))))
                .addProperty("sector", new StringSchema().types(new java.util.TreeSet<>(Set.of("string"))))
                .required(List.of("name"));
        Operation post = new Operation()
                .requestBody(new RequestBody().content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Create")))))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().content(new Content()
                        .addMediaType("*/*", new MediaType().schema(new Schema<>().$ref("#/components/schemas/View"))))));
        return new OpenAPI()
                .paths(new Paths().addPathItem("/api/things", new PathItem().post(post)))
                .components(new Components()
                        .addSchemas("Target", target)
                        .addSchemas("View", view)
                        .addSchemas("Create", create)
                        .extensions(Collections.emptyMap()));
    }
}
