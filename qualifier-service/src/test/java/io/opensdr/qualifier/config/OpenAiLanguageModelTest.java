package io.opensdr.qualifier.config;

import io.opensdr.qualifier.domain.LanguageModel;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.opensdr.qualifier.config.QualifierProperties.LanguageModelProperties;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.FallbackBantScorer;
import io.opensdr.qualifier.domain.LanguageModelBantScorer;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import io.opensdr.qualifier.domain.ScoredBant;
import io.opensdr.qualifier.domain.ScorerKind;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real LangChain4j OpenAiChatModel against WireMock playing an OpenAI-compatible
 * {@code /chat/completions} endpoint with the documented response shape: a valid answer is used,
 * and every failure (malformed JSON, out-of-range score, HTTP 500, timeout) falls back to the rules.
 */
class OpenAiLanguageModelTest {

    private static final String VALID = """
            {"budget":{"score":80,"reason":"300 employees, Series B on 2025-12-27."},\
            "authority":{"score":90,"reason":"A VP Sales decides on sales tools."},\
            "need":{"score":85,"reason":"A French fintech of 300 people, a target."},\
            "timeline":{"score":92,"reason":"Raised money 10 days ago."}}""";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Prospect prospect = aVpAtAFundedFintech("p1", "c1");
    private final CampaignRules campaign = fintechsInFrance("c1");
    private final RuleBasedBantScorer rules = new RuleBasedBantScorer(clock);
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
    void shouldUseTheModelsValidAnswer() {
        answer(200, completion(VALID));

        ScoredBant scored = scorer(Duration.ofSeconds(5)).assess(prospect, campaign);

        assertThat(scored.scoredBy()).isEqualTo(ScorerKind.LANGUAGE_MODEL);
        assertThat(scored.fellBack()).isFalse();
        assertThat(scored.scores().budget().score()).isEqualTo(80);
        assertThat(scored.scores().timeline().reason()).isEqualTo("Raised money 10 days ago.");
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", com.github.tomakehurst.wiremock.client.WireMock.containing("Fintech One"))));
    }

    @Test
    void shouldFallBackToTheRulesOnMalformedJson() {
        answer(200, completion("Sure! Here is the assessment: {\"budget\": 80"));

        assertFellBack(scorer(Duration.ofSeconds(5)).assess(prospect, campaign), "not one JSON object");
    }

    @Test
    void shouldFallBackToTheRulesOnAScoreOutOfRange() {
        answer(200, completion(VALID.replace("\"score\":90", "\"score\":150")));

        assertFellBack(scorer(Duration.ofSeconds(5)).assess(prospect, campaign), "authority.score is out of 0-100: 150");
    }

    @Test
    void shouldFallBackToTheRulesOnAServerError() {
        answer(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");

        assertFellBack(scorer(Duration.ofSeconds(5)).assess(prospect, campaign), "server had an error");
        server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions"))); // one retry
    }

    @Test
    void shouldFallBackToTheRulesOnATimeout() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(completion(VALID)).withFixedDelay(3_000)));

        long started = System.nanoTime();
        ScoredBant scored = scorer(Duration.ofMillis(300)).assess(prospect, campaign);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(scored.scoredBy()).isEqualTo(ScorerKind.RULES);
        assertThat(scored.fallbackReason()).isNotBlank();
        assertThat(took).as("two attempts of 300 ms, not the server's 3 s").isLessThan(Duration.ofMillis(2_500));
    }

    private void assertFellBack(ScoredBant scored, String why) {
        assertThat(scored.scoredBy()).isEqualTo(ScorerKind.RULES);
        assertThat(scored.fallbackReason()).contains(why);
        assertThat(scored.scores()).isEqualTo(rules.score(prospect, campaign));
    }

    private FallbackBantScorer scorer(Duration timeout) {
        LanguageModel model = QualifierConfiguration.languageModel(
                new LanguageModelProperties(server.baseUrl() + "/v1", "test-key", "test-model", timeout, 1));
        return new FallbackBantScorer(new LanguageModelBantScorer(model, clock), rules);
    }

    private void answer(int status, String body) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** The documented chat.completion response with the given assistant content. */
    private static String completion(String content) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of(
                    "id", "chatcmpl-1", "object", "chat.completion", "created", 1_767_693_600, "model", "test-model",
                    "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content),
                            "finish_reason", "stop")),
                    "usage", Map.of("prompt_tokens", 250, "completion_tokens", 90, "total_tokens", 340)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
