package io.opensdr.kit.testing;

import io.opensdr.kit.security.PublicEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A service's web tests endpoint by endpoint ({@link WorkspaceIsolationContract}, {@link BadInputContract}):
 * the whole service but Kafka (no broker, the outbox relay off), on MongoDB (mongo-java-server),
 * with access tokens as campaign-service signs them ({@link TestTokens}). Every subclass in a
 * service shares one application context and one database.
 */
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=io.opensdr.kit.messaging.EventsKafkaConfiguration,"
                + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "opensdr.outbox.enabled=false"})
@AutoConfigureMockMvc
public abstract class ServiceWebTestSupport implements WebTestAccess {

    protected static final TestTokens TOKENS = TestTokens.start();

    @DynamicPropertySource
    static void serviceWebInfrastructure(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
        registry.add("spring.data.mongodb.uri", () -> TestMongo.uri("service-web-tests"));
    }

    @Autowired protected MockMvc http;
    @Autowired @Qualifier("requestMappingHandlerMapping") protected RequestMappingHandlerMapping mapping;
    @Autowired protected PublicEndpoints publicEndpoints;
    @Autowired protected MongoTemplate mongo;

    @Override
    public MockMvc mockMvc() {
        return http;
    }

    @Override
    public RequestMappingHandlerMapping handlerMapping() {
        return mapping;
    }

    @Override
    public PublicEndpoints publicEndpoints() {
        return publicEndpoints;
    }

    /** The Authorization header of a member of the workspace. */
    protected static String memberOf(String workspaceId) {
        return TOKENS.bearer(TestTokens.member(workspaceId));
    }

    public String memberOfWorkspaceA() {
        return memberOf("workspace-a");
    }

    public String memberOfWorkspaceB() {
        return memberOf("workspace-b");
    }

    /** Every document the service stores (for {@link BadInputContract}). */
    public Object storedState() {
        return StoredDocuments.of(mongo);
    }
}
