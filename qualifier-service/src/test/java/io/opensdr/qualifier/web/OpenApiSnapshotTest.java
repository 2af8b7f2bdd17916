package io.opensdr.qualifier.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.testing.OpenApiSnapshot;
import io.opensdr.kit.testing.ServiceWebTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The committed frontend/openapi/qualifier.json is what this service serves at /v3/api-docs: the
 * SPA's API types are generated from it. Regenerate with
 * {@code ./mvnw -pl qualifier-service test -Dtest=OpenApiSnapshotTest -Dopenapi.update=true}.
 */
class OpenApiSnapshotTest extends ServiceWebTestSupport {

    @Test
    void shouldServeTheCommittedOpenApiDocument() throws Exception {
        String served = http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        OpenApiSnapshot.check("qualifier", "qualifier-service", served);
    }
}
