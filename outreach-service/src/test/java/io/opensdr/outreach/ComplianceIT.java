package io.opensdr.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EngagementType;
import io.opensdr.events.PersonSuppressed;
import io.opensdr.events.SuppressionReason;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import io.opensdr.outreach.domain.SignedUnsubscribeLinks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Unsubscribe and erasure through the service on real infrastructure (embedded KRaft broker, the
 * Apicurio registry, mongo-java-server): what outreach stores, and the PersonSuppressed and
 * EmailEngagement events it publishes for the other services, read back as the generated classes.
 */
@SpringBootTest(properties = "opensdr.outbox.poll-interval-ms=100")
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class ComplianceIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "outreach-compliance-it");
        TOKENS.register(properties);
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", FreePort::find);
    }

    /** Access tokens as campaign-service signs them, checked against their JWKS over HTTP. */
    static final TestTokens TOKENS = TestTokens.start();

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired SignedUnsubscribeLinks links;
    @Autowired Published published;

    @Test
    void shouldUnsubscribeOnTheOneClickPostOnlyAndTellEveryService() throws Exception {
        sentEmail("p-unsub", "c-unsub", "Ada.Unsub@Example.com");
        String path = path(links.linkForEmail("w-it", "p-unsub", "p-unsub:1"));

        mvc.perform(get(path)).andExpect(status().isOk());
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.suppressed("p-unsub").isEmpty());

        for (int i = 0; i < 2; i++) {
            mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                    .andExpect(status().isOk());
        }

        await().atMost(EVENTUALLY).until(() -> published.suppressed("p-unsub").size() == 1
                && published.engagements("p-unsub").size() == 1);
        ConsumerRecord<String, PersonSuppressed> record = published.suppressed("p-unsub").get(0);
        assertThat(record.key()).isEqualTo(AddressHash.of("w-it", "ada.unsub@example.com"));
        assertThat(record.value().getReason()).isEqualTo(SuppressionReason.UNSUBSCRIBED);
        assertThat(record.value().getErase()).isFalse();
        assertThat(record.value().getCampaignId()).isEqualTo("c-unsub");
        assertThat(record.value().toString()).doesNotContainIgnoringCase("ada.unsub");
        EmailEngagement engagement = published.engagements("p-unsub").get(0);
        assertThat(engagement.getType()).isEqualTo(EngagementType.UNSUBSCRIBED);
        assertThat(engagement.getEmailId()).isEqualTo("p-unsub:1");
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() ->
                published.suppressed("p-unsub").size() == 1 && published.engagements("p-unsub").size() == 1);
    }

    @Test
    void shouldEraseThePersonKeepOnlyTheHashAndAskEveryServiceToEraseThem() throws Exception {
        sentEmail("p-erase", "c-erase", "grace.erase@example.com");
        mongo.getCollection("drafts").insertOne(new Document("_id", "p-erase:1").append("prospectId", "p-erase")
                .append("step", 1).append("campaignId", "c-erase").append("workspaceId", "w-it")
                .append("recipient", new Document("firstName", "Grace").append("email", "grace.erase@example.com"))
                .append("subject", "Hello Grace").append("body", "Hi Grace"));

        mvc.perform(post("/api/outreach/erasure-requests").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(TestTokens.owner("w-it")))
                        .content("{\"email\":\"Grace.Erase@example.com\"}"))
                .andExpect(status().isAccepted());

        await().atMost(EVENTUALLY).until(() -> published.suppressed("p-erase").size() == 1);
        PersonSuppressed erasure = published.suppressed("p-erase").get(0).value();
        assertThat(erasure.getReason()).isEqualTo(SuppressionReason.ERASED);
        assertThat(erasure.getErase()).isTrue();
        assertThat(erasure.getAddressHash()).isEqualTo(AddressHash.of("w-it", "grace.erase@example.com"));
        for (String collection : List.of("send_ledger", "drafts", "suppressions")) {
            assertThat(mongo.findAll(Document.class, collection)).extracting(Document::toJson)
                    .as(collection).noneMatch(json -> json.contains("grace.erase") || json.contains("Grace"));
        }
        mvc.perform(post(path(links.linkForEmail("w-it", "p-erase", "p-erase:1")))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.suppressed("p-erase").size() == 1
                && published.engagements("p-erase").isEmpty());
    }

    private void sentEmail(String prospectId, String campaignId, String email) {
        mongo.getCollection("send_ledger").insertOne(new Document("_id", prospectId + ":1").append("prospectId", prospectId)
                .append("step", 1).append("draftId", prospectId + ":1").append("campaignId", campaignId)
                .append("workspaceId", "w-it").append("recipientEmail", email).append("recipientName", email.substring(0, email.indexOf('@')))
                .append("subject", "Hello").append("body", "Hi").append("status", "SENT").append("attempts", 1));
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/api/"));
    }

    @TestConfiguration
    static class Probes {

        @Bean
        Published published() {
            return new Published();
        }
    }

    static class Published {

        private final List<ConsumerRecord<String, PersonSuppressed>> suppressed = new CopyOnWriteArrayList<>();
        private final List<EmailEngagement> engagements = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.PERSON_SUPPRESSED, groupId = "outreach-compliance-it-suppressed")
        void on(ConsumerRecord<String, PersonSuppressed> record) {
            suppressed.add(record);
        }

        @KafkaListener(topics = TopicNames.EMAIL_ENGAGEMENT, groupId = "outreach-compliance-it-engagements")
        void on(EmailEngagement engagement) {
            engagements.add(engagement);
        }

        List<ConsumerRecord<String, PersonSuppressed>> suppressed(String prospectId) {
            return suppressed.stream().filter(r -> r.value().getProspectIds().contains(prospectId)).toList();
        }

        List<EmailEngagement> engagements(String prospectId) {
            return engagements.stream().filter(e -> e.getProspectId().equals(prospectId)).toList();
        }
    }
}
