package io.opensdr.kit.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at the real test infrastructure: mongo-java-server, the Apicurio
 * registry, and the embedded KRaft broker that the test class declares with
 * {@code @EmbeddedKafka(kraft = true, bootstrapServersProperty = "spring.kafka.bootstrap-servers")}.
 */
public final class TestInfrastructure {

    private TestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry properties, String database) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri(database));
        properties.add("opensdr.registry-url", TestRegistry::apicurioApi);
        properties.add("opensdr.retry-initial-interval-ms", () -> "50");
        properties.add("opensdr.retry-attempts", () -> "2");
    }
}
