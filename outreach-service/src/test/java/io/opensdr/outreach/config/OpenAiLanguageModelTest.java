package io.opensdr.outreach.config;

import io.opensdr.outreach.domain.LanguageModel;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static io.opensdr.outreach.domain.QualifiedProspectMother.aQualifiedProspect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.opensdr.outreach.config.DraftingProperties.LanguageModelProperties;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.DraftContent;
import io.opensdr.outreach.domain.DraftGenerator;
import io.opensdr.outreach.domain.DraftGuardrails;
import io.opensdr.outreach.domain.GuardedDraftWriter;
import io.opensdr.outreach.domain.LanguageModelDraftWriter;
import io.opensdr.outreach.domain.QualifiedProspect;
import io.opensdr.outreach.domain.TemplateDraftWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real LangChain4j OpenAiChatModel against WireMock playing an OpenAI-compatible
 * {@code /chat/completions} endpoint with the documented response shape: a valid draft is used
 * (with the booking link and the sender added by the system); a malformed answer or one that fails
 * the guardrails is regenerated once; an HTTP 500 or a timeout falls back to the template at once;
 * every fall-back says why.
 */
class OpenAiLanguageModelTest {

    private static final String SUBJECT = "Acme Logistics and your Series B";
    private static final String BODY = "Hello Claire,\n\nCongratulations to Acme Logistics on the Series B of 30 M EUR. "
            + "As VP Sales, you are probably planning how the team will grow from here.\n\n"
            + "We help logistics teams like yours cut their delivery times.\n\n"
            + "Would a 20-minute call next Wednesday be useful? You can pick a time with the link below.";
    private static final String CHAT = "/v1/chat/completions";

    private final Campaign campaign = anActiveCampaign("campaign-1");
    private final QualifiedProspect claire = aQualifiedProspect("prospect-1", "campaign-1");
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldUseTheModelsValidDraftWithTheBookingLinkAndSenderAddedBySystem() {
        answer(200, completion(draftJson(SUBJECT, BODY)));

        DraftContent draft = writer(Duration.ofSeconds(5)).write(campaign, claire);

        assertThat(draft.generatedBy()).isEqualTo(DraftGenerator.LANGUAGE_MODEL);
        assertThat(draft.fallbackReason()).isNull();
        assertThat(draft.subject()).isEqualTo(SUBJECT);
        assertThat(draft.body()).isEqualTo(BODY + "\n\nhttps://cal.example/camille/30min?name=Claire%20Martin"
                + "&email=claire.martin%40acme.example&utm_source=opensdr&utm_medium=email&utm_campaign=campaign-1"
                + "&utm_content=prospect-1\n\nCamille Durand");
        server.verify(1, postRequestedFor(urlEqualTo(CHAT)));
        server.verify(postRequestedFor(urlEqualTo(CHAT))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("company Acme Logistics")))
                .withRequestBody(matchingJsonPath("$.messages[1].content",
                        containing("FUNDING on 2026-11-12: Raised a Series B of 30 M EUR")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("Logistics VPs, France"))));
    }

    @Test
    void shouldRegenerateOnceAfterAMalformedAnswerAndThenFallBackToTheTemplate() {
        answer(200, completion("Sure! Here is your email: {\"subject\": \"Hi\""));

        DraftContent draft = writer(Duration.ofSeconds(5)).write(campaign, claire);

        assertFellBackToTemplate(draft, "2 drafts refused, the last: invalid answer: the model's answer is not one JSON object");
        server.verify(2, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void shouldUseTheRegeneratedDraftWhenTheFirstFailsTheGuardrails() {
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("regenerate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, completion(draftJson(SUBJECT, BODY.replace("We help logistics teams",
                        "We help DHL and other teams"))))).willSetStateTo("second"));
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("regenerate").whenScenarioStateIs("second")
                .willReturn(json(200, completion(draftJson(SUBJECT, BODY)))));

        DraftContent draft = writer(Duration.ofSeconds(5)).write(campaign, claire);

        assertThat(draft.generatedBy()).isEqualTo(DraftGenerator.LANGUAGE_MODEL);
        assertThat(draft.body()).startsWith(BODY);
        server.verify(2, postRequestedFor(urlEqualTo(CHAT)));
        server.verify(1, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.messages[1].content",
                containing("Your previous draft was refused: the draft failed the guardrails: names what is not in "
                        + "the prospect's data: DHL"))));
    }

    @Test
    void shouldFallBackWhenBothDraftsFailTheGuardrails() {
        answer(200, completion(draftJson("FREE DEMO for Acme Logistics!!", BODY)));

        DraftContent draft = writer(Duration.ofSeconds(5)).write(campaign, claire);

        assertFellBackToTemplate(draft, "2 drafts refused, the last: the draft failed the guardrails: ");
        assertThat(draft.fallbackReason()).contains("FREE").contains("!!");
    }

    @Test
    void shouldFallBackToTheTemplateOnAServerError() {
        answer(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");

        DraftContent draft = writer(Duration.ofSeconds(5)).write(campaign, claire);

        assertFellBackToTemplate(draft, "the model call failed: ");
        assertThat(draft.fallbackReason()).contains("server had an error");
        server.verify(2, postRequestedFor(urlEqualTo(CHAT))); // the client's one retry, no regeneration
    }

    @Test
    void shouldFallBackToTheTemplateOnATimeout() {
        server.stubFor(post(urlEqualTo(CHAT)).willReturn(json(200, completion(draftJson(SUBJECT, BODY)))
                .withFixedDelay(3_000)));

        long started = System.nanoTime();
        DraftContent draft = writer(Duration.ofMillis(300)).write(campaign, claire);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertFellBackToTemplate(draft, "the model call failed: ");
        assertThat(draft.fallbackReason()).containsIgnoringCase("timeout");
        assertThat(took).as("two attempts of 300 ms, not the server's 3 s").isLessThan(Duration.ofMillis(2_500));
    }

    private void assertFellBackToTemplate(DraftContent draft, String why) {
        assertThat(draft.generatedBy()).isEqualTo(DraftGenerator.TEMPLATE);
        assertThat(draft.fallbackReason()).startsWith(why);
        DraftContent template = new TemplateDraftWriter().write(campaign, claire);
        assertThat(draft.subject()).isEqualTo(template.subject());
        assertThat(draft.body()).isEqualTo(template.body());
    }

    private GuardedDraftWriter writer(Duration timeout) {
        LanguageModel model = DraftingConfiguration.languageModel(
                new LanguageModelProperties(server.baseUrl() + "/v1", "test-key", "test-model", timeout, 1));
        return new GuardedDraftWriter(new LanguageModelDraftWriter(model), new TemplateDraftWriter(), new DraftGuardrails());
    }

    private void answer(int status, String body) {
        server.stubFor(post(urlEqualTo(CHAT)).willReturn(json(status, body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String draftJson(String subject, String body) {
        return write(Map.of("subject", subject, "body", body));
    }

    /** The documented chat.completion response with the given assistant content. */
    private static String completion(String content) {
        return write(Map.of(
                "id", "chatcmpl-1", "object", "chat.completion", "created", 1_767_693_600, "model", "test-model",
                "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content),
                        "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 420, "completion_tokens", 110, "total_tokens", 530)));
    }

    private static String write(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
