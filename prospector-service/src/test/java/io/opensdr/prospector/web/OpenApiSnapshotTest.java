package io.opensdr.prospector.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.testing.OpenApiSnapshot;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.kit.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The committed frontend/openapi/prospector.json is what this service serves at /v3/api-docs: the
 * SPA's API types are generated from it. Regenerate with
 * {@code ./mvnw -pl prospector-service test -Dtest=OpenApiSnapshotTest -Dopenapi.update=true}.
 * The whole service but Kafka, on MongoDB (mongo-java-server).
 */
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=io.opensdr.kit.messaging.EventsKafkaConfiguration,"
                + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "opensdr.outbox.enabled=false"})
@AutoConfigureMockMvc
class OpenApiSnapshotTest {

    static final TestTokens TOKENS = TestTokens.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
        registry.add("spring.data.mongodb.uri", () -> TestMongo.uri("prospector-openapi-snapshot"));
    }

    @Autowired MockMvc http;

    @Test
    void shouldServeTheCommittedOpenApiDocument() throws Exception {
        String served = http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        OpenApiSnapshot.check("prospector", "prospector-service", served);
    }
}
