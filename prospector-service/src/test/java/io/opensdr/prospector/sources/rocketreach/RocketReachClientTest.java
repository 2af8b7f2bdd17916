package io.opensdr.prospector.sources.rocketreach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.sources.rocketreach.RocketReachException.Reason;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against WireMock replaying the documented RocketReach shapes. */
class RocketReachClientTest {

    @RegisterExtension
    static final WireMockExtension rocketReach = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private Fixtures.RecordingPause pause;
    private RocketReachClient client;

    @BeforeEach
    void setUp() {
        pause = new Fixtures.RecordingPause();
        client = client(Fixtures.settings());
    }

    @Test
    void shouldSearchWithTheApiKeyFacetsAndPagination() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-page-1.json"))));

        RocketReachClient.SearchResult page = client.search(
                Map.of("current_title", List.of("VP Sales"), "management_levels", List.of("VP", "Director")), 1, 3);

        rocketReach.verify(postRequestedFor(urlEqualTo("/api/v2/person/search"))
                .withHeader("Api-Key", equalTo("test-key"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"query": {"current_title": ["VP Sales"], "management_levels": ["VP", "Director"]},
                         "start": 1, "page_size": 3, "order_by": "relevance"}""")));
        assertThat(page.total()).isEqualTo(5L);
        assertThat(page.positions()).hasSize(3);
        assertThat(page.positions()).map(position -> position.orElseThrow().id()).containsExactly(5244L, 7311L, 8802L);
        assertThat(page.positions().get(2).orElseThrow().suppressed()).isTrue();
    }

    @Test
    void shouldAskForTheNextPageFromItsStart() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-page-2.json"))));

        RocketReachClient.SearchResult page = client.search(Map.of(), 4, 2);

        rocketReach.verify(postRequestedFor(urlEqualTo("/api/v2/person/search"))
                .withRequestBody(equalToJson("""
                        {"query": {}, "start": 4, "page_size": 2, "order_by": "relevance"}""")));
        assertThat(page.positions()).map(position -> position.orElseThrow().id()).containsExactly(9120L, 9121L);
    }

    @Test
    void shouldRefusePaginationRocketReachDoesNotServe() {
        assertThatThrownBy(() -> client.search(Map.of(), 10_001, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.search(Map.of(), 1, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rocketReach.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldPollCheckStatusWhileTheLookupIsInProgress() {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).withQueryParam("id", equalTo("7311"))
                .willReturn(okJson(Fixtures.json("lookup-7311-in-progress.json"))));
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/checkStatus")).withQueryParam("ids", equalTo("7311"))
                .inScenario("lookup").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Fixtures.json("check-status-7311-progress.json"))).willSetStateTo("complete"));
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/checkStatus")).withQueryParam("ids", equalTo("7311"))
                .inScenario("lookup").whenScenarioStateIs("complete")
                .willReturn(okJson(Fixtures.json("check-status-7311-complete.json"))));

        RocketReachProfile profile = client.lookup(7311);

        assertThat(profile.isComplete()).isTrue();
        assertThat(EmailChoice.of(profile)).isEqualTo(new EmailChoice.Choice("claire.martin@fintech-one.example", EmailGrade.VALID));
        rocketReach.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/person/lookup")).withHeader("Api-Key", equalTo("test-key")));
        rocketReach.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/person/checkStatus")));
        assertThat(pause.waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(50));
    }

    @Test
    void shouldStopPollingAfterTheConfiguredAttemptsAndReturnTheProfileAsItIs() {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).willReturn(okJson(Fixtures.json("lookup-7311-in-progress.json"))));
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/checkStatus"))
                .willReturn(okJson(Fixtures.json("check-status-7311-progress.json"))));

        RocketReachProfile profile = client.lookup(7311);

        assertThat(profile.isComplete()).isFalse();
        assertThat(profile.emails()).isEmpty();
        rocketReach.verify(3, getRequestedFor(urlPathEqualTo("/api/v2/person/checkStatus")));
    }

    @Test
    void shouldHonourRetryAfterThenSucceed() {
        rocketReach.stubFor(post("/api/v2/person/search").inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("calm"));
        rocketReach.stubFor(post("/api/v2/person/search").inScenario("rate").whenScenarioStateIs("calm")
                .willReturn(okJson(Fixtures.json("search-page-2.json"))));

        RocketReachClient.SearchResult page = client.search(Map.of(), 1, 2);

        assertThat(page.positions()).hasSize(2);
        assertThat(pause.waits).containsExactly(Duration.ofSeconds(2));
        rocketReach.verify(2, postRequestedFor(urlEqualTo("/api/v2/person/search")));
    }

    @Test
    void shouldBackOffExponentiallyWhen429GivesNoRetryAfter() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2)).isInstanceOf(RocketReachException.class);

        assertThat(pause.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void shouldFailClearlyWhenStillRateLimitedAfterEveryAttempt() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED))
                .hasMessageContaining("still rate-limited").hasMessageContaining("after 3 attempts");
        rocketReach.verify(3, postRequestedFor(urlEqualTo("/api/v2/person/search")));
        assertThat(pause.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void shouldNotWaitLongerThanTheMaximumARetryAfterAsks() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED))
                .hasMessageContaining("3600 s");
        rocketReach.verify(1, postRequestedFor(urlEqualTo("/api/v2/person/search")));
        assertThat(pause.waits).isEmpty();
    }

    @Test
    void shouldReportAConfigurationErrorOn401WithoutRetrying() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Invalid API key\"}")));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFIGURATION))
                .hasMessageContaining("HTTP 401").hasMessageContaining("opensdr.prospector.rocketreach.api-key");
        rocketReach.verify(1, postRequestedFor(urlEqualTo("/api/v2/person/search")));
    }

    @Test
    void shouldReportAConfigurationErrorOn403() {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> client.lookup(5244))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFIGURATION));
    }

    @Test
    void shouldRetryServerErrorsThenSucceed() {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(Fixtures.json("lookup-5244-complete.json"))));

        RocketReachProfile profile = client.lookup(5244);

        assertThat(profile.isComplete()).isTrue();
        assertThat(pause.waits).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void shouldFailClearlyAfterServerErrorsOnEveryAttempt() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessageContaining("HTTP 500 after 3 attempts");
    }

    @Test
    void shouldTimeOutASlowAnswer() {
        client = client(new RocketReachClient.Settings(Duration.ofSeconds(1), Duration.ofMillis(200), 2, Duration.ofMillis(10),
                Duration.ofSeconds(1), Duration.ofMillis(10), 1));
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-empty.json")).withFixedDelay(2_000)));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessageContaining("after 2 attempts");
    }

    @Test
    void shouldReportMalformedJsonClearly() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"profiles\": [{\"id\": 1,")));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RESPONSE))
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void shouldReportABodyWithoutProfilesClearly() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson("{\"profiles\": \"none\"}")));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RESPONSE))
                .hasMessageContaining("profiles");
    }

    @Test
    void shouldRefuseALookupAnsweringAnotherPerson() {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).willReturn(okJson(Fixtures.json("lookup-5244-complete.json"))));

        assertThatThrownBy(() -> client.lookup(7311))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RESPONSE));
    }

    @Test
    void shouldReportAnotherClientErrorWithAnExcerptOfTheBody() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(400)
                .withBody("{\"detail\": \"page_size must be at most 100\"}")));

        assertThatThrownBy(() -> client.search(Map.of(), 1, 2))
                .isInstanceOfSatisfying(RocketReachException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED))
                .hasMessageContaining("HTTP 400").hasMessageContaining("page_size must be at most 100");
    }

    @Test
    void shouldReadCheckStatusAnsweringAnObjectWithProfiles() {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/checkStatus"))
                .willReturn(okJson("{\"profiles\": " + Fixtures.json("check-status-7311-complete.json") + "}")));

        Optional<RocketReachProfile> profile = client.checkStatus(7311);

        assertThat(profile).get().extracting(RocketReachProfile::isComplete).isEqualTo(true);
    }

    private RocketReachClient client(RocketReachClient.Settings settings) {
        return new RocketReachClient(URI.create(rocketReach.baseUrl() + "/api/v2/"), "test-key", settings, pause);
    }
}
