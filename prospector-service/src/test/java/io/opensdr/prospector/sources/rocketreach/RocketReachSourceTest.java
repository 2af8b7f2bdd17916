package io.opensdr.prospector.sources.rocketreach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.SourceUnavailableException;
import io.opensdr.prospector.domain.TargetProfile;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The source end to end against WireMock: search, lookups, quota, failures as the prospecting service sees them. */
class RocketReachSourceTest {

    @RegisterExtension
    static final WireMockExtension rocketReach = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** 20:00 UTC: the day's quota resets in four hours. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T20:00:00Z"), ZoneOffset.UTC);

    private static final TargetProfile SALES_LEADERS = new TargetProfile(List.of("VP Sales"), Set.of(Seniority.VP, Seniority.C_LEVEL),
            List.of(), Set.of(), Set.of("FR"));

    private InMemoryLookupQuota quota;
    private RocketReachSource source;

    @BeforeEach
    void setUp() {
        useQuota(100);
    }

    @Test
    void shouldLookUpEveryUsablePersonOfThePageInRocketReachsOrder() {
        stubPageOne();

        SearchPage page = source.search(SALES_LEADERS, 0, 3);

        assertThat(source.kind()).isEqualTo(SourceKind.ROCKETREACH);
        rocketReach.verify(postRequestedFor(urlEqualTo("/api/v2/person/search")).withRequestBody(equalToJson("""
                {"query": {"current_title": ["VP Sales"], "management_levels": ["C-Level", "VP"], "company_country_code": ["FR"]},
                 "start": 1, "page_size": 3, "order_by": "relevance"}""")));
        // RocketReach's order, kept (the cursor counts positions), each with its priority.
        assertThat(page.candidates()).map(ranked -> ranked.candidate().sourceKey()).containsExactly("5244", "7311");
        assertThat(page.candidates()).allSatisfy(ranked -> assertThat(ranked.priority()).isPositive());
        RankedCandidate claire = page.candidates().get(1);
        assertThat(claire.candidate().person().email()).isEqualTo("claire.martin@fintech-one.example");
        assertThat(claire.candidate().person().emailGrade()).isEqualTo(EmailGrade.VALID);
        assertThat(claire.candidate().person().seniority()).isEqualTo(Seniority.VP);
        assertThat(claire.candidate().person().phone()).isEqualTo("+33123456789");
        assertThat(page.nextCursor()).isEqualTo(3); // the suppressed third person is counted, never looked up
        rocketReach.verify(0, getRequestedFor(urlPathEqualTo("/api/v2/person/lookup")).withQueryParam("id", equalTo("8802")));
        assertThat(quota.used()).isEqualTo(2);
    }

    @Test
    void shouldSearchFromTheCursorAndKeepAPersonWithoutEmail() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-page-2.json"))));
        stubLookup(9120, "lookup-9120-complete-no-email.json");
        stubLookup(9121, "lookup-9121-complete.json");

        SearchPage page = source.search(SALES_LEADERS, 3, 2);

        rocketReach.verify(postRequestedFor(urlEqualTo("/api/v2/person/search"))
                .withRequestBody(matchingJsonPath("$.start", equalTo("4")))
                .withRequestBody(matchingJsonPath("$.page_size", equalTo("2"))));
        assertThat(page.nextCursor()).isEqualTo(5);
        RankedCandidate lucia = page.candidates().stream()
                .filter(ranked -> ranked.candidate().sourceKey().equals("9120")).findFirst().orElseThrow();
        assertThat(lucia.candidate().person().email()).isNull();
        assertThat(lucia.candidate().person().emailGrade()).isEqualTo(EmailGrade.MISSING);
        assertThat(page.candidates()).map(ranked -> ranked.candidate().sourceKey()).containsExactly("9120", "9121");
    }

    @Test
    void shouldStopAtTheLookupQuotaAndSayWhenItResets() {
        useQuota(1);
        stubPageOne();

        SearchPage first = source.search(SALES_LEADERS, 0, 3);

        assertThat(first.candidates()).map(ranked -> ranked.candidate().sourceKey()).containsExactly("5244");
        assertThat(first.nextCursor()).isEqualTo(1); // Claire, second, was not looked up: she comes first tomorrow
        assertThatThrownBy(() -> source.search(SALES_LEADERS, first.nextCursor(), 3))
                .isInstanceOfSatisfying(SourceUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(4)))
                .hasMessageContaining("RocketReach lookup quota spent: 1 of 1 today");
        rocketReach.verify(1, postRequestedFor(urlEqualTo("/api/v2/person/search"))); // no search once spent
        rocketReach.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/person/lookup")));
        assertThat(source.quotaStatus().exhausted()).isTrue();
    }

    @Test
    void shouldNotSpendASecondCreditOnAPersonReadAgain() {
        stubPageOne();

        source.search(SALES_LEADERS, 0, 3);
        SearchPage again = source.search(SALES_LEADERS, 0, 3);

        assertThat(again.candidates()).hasSize(2);
        assertThat(quota.used()).isEqualTo(2);
        rocketReach.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/person/lookup")));
    }

    @Test
    void shouldSkipUnreadableProfilesWithoutLookingThemUp() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-malformed-profiles.json"))));
        stubLookup(4004, "lookup-4004-complete.json");

        SearchPage page = source.search(TargetProfile.anyone(), 0, 7);

        assertThat(page.candidates()).hasSize(1);
        RankedCandidate grace = page.candidates().get(0);
        assertThat(grace.candidate().person().firstName()).isEqualTo("Grace");
        assertThat(grace.candidate().person().emailGrade()).isEqualTo(EmailGrade.MISSING); // "not-an-address"
        assertThat(grace.candidate().person().phone()).isNull(); // "n/a"
        assertThat(page.nextCursor()).isEqualTo(7);
        assertThat(quota.used()).isEqualTo(1);
    }

    @Test
    void shouldReadOnPastAPageWhoseEveryProfileIsSkipped() {
        rocketReach.stubFor(post("/api/v2/person/search").withRequestBody(matchingJsonPath("$.start", equalTo("1")))
                .willReturn(okJson("""
                        {"profiles": [{"id": 8802, "name": "Sam Hidden", "current_title": "CTO", "current_employer": "Quiet Ltd",
                                       "suppressed": true}],
                         "pagination": {"start": 1, "next": 2, "total": 3}}""")));
        rocketReach.stubFor(post("/api/v2/person/search").withRequestBody(matchingJsonPath("$.start", equalTo("2")))
                .willReturn(okJson(Fixtures.json("search-page-2.json"))));
        stubLookup(9120, "lookup-9120-complete-no-email.json");
        stubLookup(9121, "lookup-9121-complete.json");

        SearchPage page = source.search(SALES_LEADERS, 0, 1);

        assertThat(page.candidates()).map(ranked -> ranked.candidate().sourceKey()).containsExactly("9120"); // one asked for
        assertThat(page.nextCursor()).isEqualTo(2);
        rocketReach.verify(2, postRequestedFor(urlEqualTo("/api/v2/person/search")));
    }

    @Test
    void shouldAnswerAnEmptyPageWhenRocketReachHasNobodyMore() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-empty.json"))));

        SearchPage page = source.search(SALES_LEADERS, 5, 10);

        assertThat(page.candidates()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo(5);
    }

    @Test
    void shouldAnswerAnEmptyPageBeyondTheResultsRocketReachServes() {
        SearchPage page = source.search(SALES_LEADERS, 10_000, 10);

        assertThat(page.candidates()).isEmpty();
        assertThat(rocketReach.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldMakeARefusedKeyAnUnavailableSourceThatSaysToFixTheKey() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> source.search(SALES_LEADERS, 0, 3))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(e.getCause()).isInstanceOfSatisfying(RocketReachException.class,
                            cause -> assertThat(cause.reason()).isEqualTo(RocketReachException.Reason.CONFIGURATION));
                })
                .hasMessageContaining("opensdr.prospector.rocketreach.api-key");
        assertThat(quota.used()).isZero();
    }

    @Test
    void shouldPassOnTheWaitRocketReachAsksWhenRateLimited() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> source.search(SALES_LEADERS, 0, 3))
                .isInstanceOfSatisfying(SourceUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
    }

    @Test
    void shouldReportAnUnreadableAnswerAsAnUnavailableSource() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

        assertThatThrownBy(() -> source.search(SALES_LEADERS, 0, 3))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void shouldKeepThePeopleLookedUpWhenALaterLookupFails() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-page-1.json"))));
        stubLookup(5244, "lookup-5244-complete.json");
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).withQueryParam("id", equalTo("7311"))
                .willReturn(aResponse().withStatus(502)));

        SearchPage page = source.search(SALES_LEADERS, 0, 3);

        assertThat(page.candidates()).map(ranked -> ranked.candidate().sourceKey()).containsExactly("5244");
        assertThat(page.nextCursor()).isEqualTo(1);
    }

    @Test
    void shouldFailTheSearchWhenTheFirstLookupFails() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-page-1.json"))));
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> source.search(SALES_LEADERS, 0, 3))
                .isInstanceOfSatisfying(SourceUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
    }

    private void useQuota(int perDay) {
        quota = new InMemoryLookupQuota(perDay);
        RocketReachClient client = new RocketReachClient(URI.create(rocketReach.baseUrl() + "/api/v2"), "test-key",
                Fixtures.settings(), new Fixtures.RecordingPause());
        source = new RocketReachSource(client, quota, CLOCK);
    }

    private static void stubPageOne() {
        rocketReach.stubFor(post("/api/v2/person/search").willReturn(okJson(Fixtures.json("search-page-1.json"))));
        stubLookup(5244, "lookup-5244-complete.json");
        stubLookup(7311, "lookup-7311-in-progress.json");
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/checkStatus")).withQueryParam("ids", equalTo("7311"))
                .inScenario("claire").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Fixtures.json("check-status-7311-progress.json"))).willSetStateTo("complete"));
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/checkStatus")).withQueryParam("ids", equalTo("7311"))
                .inScenario("claire").whenScenarioStateIs("complete")
                .willReturn(okJson(Fixtures.json("check-status-7311-complete.json"))));
    }

    private static void stubLookup(long id, String fixture) {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).withQueryParam("id", equalTo(String.valueOf(id)))
                .willReturn(okJson(Fixtures.json(fixture))));
    }
}
