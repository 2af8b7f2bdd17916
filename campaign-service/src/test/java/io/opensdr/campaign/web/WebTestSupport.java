package io.opensdr.campaign.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.campaign.domain.Accounts;
import io.opensdr.campaign.domain.Workspace;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.TestMongo;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole service but Kafka: HTTP, security, domain and MongoDB (mongo-java-server). Events
 * stay in the documents' outboxes, where the tests read them; the IT covers their way to Kafka.
 * Every web test shares this one application context.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "io.opensdr.kit.messaging.EventsKafkaConfiguration,"
        + "io.opensdr.kit.outbox.OutboxConfiguration,"
        + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@AutoConfigureMockMvc
abstract class WebTestSupport {

    static final String DEMO_EMAIL = "demo@opensdr.io";
    static final String DEMO_PASSWORD = "demo-password-2026";
    static final String DEMO_WORKSPACE = "demo-workspace";
    static final String OTHER_EMAIL = "other@rival.example";
    static final String OTHER_PASSWORD = "other-password-2026";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri("campaign-web-tests"));
        // No broker: readiness must see Kafka down even when a local stack listens on the default port.
        properties.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + FreePort.find());
    }

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired Accounts accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired MongoTemplate mongo;

    @BeforeEach
    void seedAUserOfAnotherWorkspace() {
        accounts.ensureUserInWorkspace(new Workspace("rival-workspace", "Rival workspace"), "rival-user", OTHER_EMAIL,
                passwords.encode(OTHER_PASSWORD));
    }

    static RequestPostProcessor asDemoUser() {
        return httpBasic(DEMO_EMAIL, DEMO_PASSWORD);
    }

    static RequestPostProcessor asUserOfAnotherWorkspace() {
        return httpBasic(OTHER_EMAIL, OTHER_PASSWORD);
    }

    JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }

    /** The events waiting in a document's outbox (nothing relays them in these tests). */
    List<SpecificRecord> outboxOf(String collection, String id) {
        Document document = mongo.findById(id, Document.class, collection);
        return document.getList(OutboxEntry.FIELD, Document.class).stream()
                .map(entry -> mongo.getConverter().read(OutboxEntry.class, entry).toEvent())
                .toList();
    }
}
