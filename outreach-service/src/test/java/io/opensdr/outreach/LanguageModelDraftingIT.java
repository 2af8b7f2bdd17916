package io.opensdr.outreach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.opensdr.outreach.messaging.OutreachEventMother.aCampaignSnapshot;
import static io.opensdr.outreach.messaging.OutreachEventMother.aContact;
import static io.opensdr.outreach.messaging.OutreachEventMother.aProspectQualified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.opensdr.events.BuyingSignal;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.DraftGenerator;
import io.opensdr.events.EmailDrafted;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.SignalType;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.testing.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drafting with a language model configured, through Kafka: WireMock plays the OpenAI-compatible
 * endpoint. A qualification's signals reach the model's prompt, the model's draft is published
 * with the booking link, sender and compliance footer added by the service; a model that fails
 * leaves the template to write the draft, and EmailDrafted says why.
 */
@SpringBootTest(properties = {
        "opensdr.outbox.poll-interval-ms=100",
        "opensdr.outreach.drafting.language-model.api-key=it-key",
        "opensdr.outreach.drafting.language-model.model-name=it-model",
        "opensdr.outreach.drafting.language-model.timeout=2s",
        "opensdr.outreach.drafting.language-model.max-retries=0"})
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class LanguageModelDraftingIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String CHAT = "/v1/chat/completions";
    private static final WireMockServer MODEL = new WireMockServer(options().dynamicPort());
    private static final String BODY = "Hello Claire,\n\nCongratulations to Acme Logistics on the Series B of 30 M EUR. "
            + "As VP Sales, you are probably planning how the team will grow from here.\n\n"
            + "We help logistics teams like yours cut their delivery times.\n\n"
            + "Would a 20-minute call next Wednesday be useful? You can pick a time with the link below.";

    static {
        MODEL.start();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "outreach-llm-it");
        properties.add("opensdr.outreach.drafting.language-model.base-url", () -> MODEL.baseUrl() + "/v1");
    }

    @AfterAll
    static void stopModel() {
        MODEL.stop();
    }

    @Autowired EventPublisher upstream;
    @Autowired Drafted drafted;
    @Autowired MongoTemplate mongo;

    @Test
    void shouldDraftWithTheModelFromTheProspectsSignalsAndAddTheLinkAndFooter() {
        // The model is not given the address: the stub tells prospects apart by what it is given.
        MODEL.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("FUNDING on 2026-11-12"))
                .willReturn(completion(Map.of("subject", "Acme Logistics and your Series B", "body", BODY))));
        upstream.publishAndWait(aCampaignSnapshot("c-llm", 1, CampaignStatus.ACTIVE, "llm@opensdr.example")
                .setSource(ProspectSource.ROCKETREACH).build());

        upstream.publishAndWait(aProspectQualified("p-llm", "c-llm", "claire.llm@acme.example")
                .setSignals(List.of(BuyingSignal.newBuilder().setType(SignalType.FUNDING)
                        .setObservedAt(Instant.parse("2026-11-12T09:00:00Z"))
                        .setDetail("Raised a Series B of 30 M EUR").build())).build());

        await().atMost(EVENTUALLY).until(() -> drafted.forProspect("p-llm").size() == 1);
        EmailDrafted draft = drafted.forProspect("p-llm").get(0);
        assertThat(draft.getGeneratedBy()).isEqualTo(DraftGenerator.LANGUAGE_MODEL);
        assertThat(draft.getFallbackReason()).isNull();
        assertThat(draft.getSubject()).isEqualTo("Acme Logistics and your Series B");
        assertThat(draft.getBody()).startsWith(BODY + "\n\nhttps://cal.example/camille/30min?name=Claire%20Martin"
                        + "&email=claire.llm%40acme.example&utm_source=opensdr&utm_medium=email&utm_campaign=c-llm"
                        + "&utm_content=p-llm\n\nCamille Durand\n\n-- \n")
                .contains("in RocketReach, a professional contact database. You may object")
                .contains("http://127.0.0.1:8080/api/outreach/unsubscribe/");
        MODEL.verify(postRequestedFor(urlEqualTo(CHAT))
                .withRequestBody(matchingJsonPath("$.model", com.github.tomakehurst.wiremock.client.WireMock.equalTo("it-model")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("Raised a Series B of 30 M EUR"))));
        assertThat(mongo.findById("p-llm:1", Document.class, "drafts").getString("generatedBy")).isEqualTo("LANGUAGE_MODEL");
    }

    @Test
    void shouldLetTheTemplateWriteTheDraftWhenTheModelFailsAndSayWhy() {
        MODEL.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("first name Paul"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
        upstream.publishAndWait(aCampaignSnapshot("c-llm-down", 1, CampaignStatus.ACTIVE, "down@opensdr.example").build());

        upstream.publishAndWait(aProspectQualified("p-llm-down", "c-llm-down", "paul.down@acme.example")
                .setContact(aContact("paul.down@acme.example").setFirstName("Paul").build()).build());

        await().atMost(EVENTUALLY).until(() -> drafted.forProspect("p-llm-down").size() == 1);
        EmailDrafted draft = drafted.forProspect("p-llm-down").get(0);
        assertThat(draft.getGeneratedBy()).isEqualTo(DraftGenerator.TEMPLATE);
        assertThat(draft.getFallbackReason()).startsWith("the model call failed: ").contains("server had an error");
        assertThat(draft.getBody()).startsWith("Hello Paul,\n\nAs VP Sales at Acme Logistics").contains("\n-- \n");
        assertThat(mongo.findById("p-llm-down:1", Document.class, "drafts").getString("fallbackReason"))
                .isEqualTo(draft.getFallbackReason());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(Map<String, String> draft) {
        try {
            ObjectMapper json = new ObjectMapper();
            String body = json.writeValueAsString(Map.of(
                    "id", "chatcmpl-it", "object", "chat.completion", "created", 1_767_693_600, "model", "it-model",
                    "choices", List.of(Map.of("index", 0, "message",
                            Map.of("role", "assistant", "content", json.writeValueAsString(draft)), "finish_reason", "stop")),
                    "usage", Map.of("prompt_tokens", 420, "completion_tokens", 110, "total_tokens", 530)));
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class Probes {

        @Bean
        Drafted drafted() {
            return new Drafted();
        }
    }

    /** Reads EmailDrafted as campaign-service does, in its own consumer group. */
    static class Drafted {

        private final List<EmailDrafted> events = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.EMAIL_DRAFTED, groupId = "outreach-llm-it-drafted")
        void on(EmailDrafted event) {
            events.add(event);
        }

        List<EmailDrafted> forProspect(String prospectId) {
            return events.stream().filter(event -> event.getProspectId().equals(prospectId)).toList();
        }
    }
}
