package io.opensdr.prospector.sources.rocketreach;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.ProgressReport;
import io.opensdr.prospector.domain.ProspectingService;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.SourceState;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.persistence.MongoCampaignStore;
import io.opensdr.prospector.persistence.MongoProspectStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The RocketReach source inside the real prospecting service and Mongo stores: what a campaign
 * gets from it, and what its progress says when the lookup quota is spent.
 */
class RocketReachProspectingIT {

    @RegisterExtension
    static final WireMockExtension rocketReach = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Clock EVENING = Clock.fixed(Instant.parse("2026-11-27T20:00:00Z"), ZoneOffset.UTC);
    private static final TargetProfile PROFILE = new TargetProfile(List.of("VP Sales"), Set.of(Seniority.VP), List.of(), Set.of(),
            Set.of());

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        String database = "rocketreach-" + UUID.randomUUID();
        client = MongoClients.create(TestMongo.uri(database));
        mongo = new MongoTemplate(client, database);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void shouldRecordTheLookedUpPeopleAndShowTheSpentQuotaInTheCampaignsProgress() {
        rocketReach.stubFor(post("/api/v2/person/search").withRequestBody(matchingJsonPath("$.start", equalTo("1")))
                .willReturn(okJson(Fixtures.json("search-page-1.json"))));
        stubLookup(5244, "lookup-5244-complete.json");
        ProspectingService prospecting = prospecting(1);

        prospecting.prospectActiveCampaigns();

        ProgressReport progress = prospecting.progress("workspace-1", "campaign-1").orElseThrow();
        assertThat(progress.foundToday()).isEqualTo(1);
        assertThat(progress.source().state()).isEqualTo(SourceState.UNAVAILABLE);
        assertThat(progress.source().detail()).isEqualTo("RocketReach lookup quota spent: 1 of 1 today");
        assertThat(progress.source().retryAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(prospectEmails()).containsExactly("jonas.weber@laden.example");

        prospecting.prospectActiveCampaigns(); // the campaign waits for the quota: RocketReach is not asked

        rocketReach.verify(1, postRequestedFor(urlEqualTo("/api/v2/person/search")));
    }

    @Test
    void shouldRecordAPersonWithoutEmailToo() {
        rocketReach.stubFor(post("/api/v2/person/search").withRequestBody(matchingJsonPath("$.start", equalTo("1")))
                .willReturn(okJson(Fixtures.json("search-page-2.json"))));
        rocketReach.stubFor(post("/api/v2/person/search").withRequestBody(matchingJsonPath("$.start", equalTo("3")))
                .willReturn(okJson(Fixtures.json("search-empty.json"))));
        stubLookup(9120, "lookup-9120-complete-no-email.json");
        stubLookup(9121, "lookup-9121-complete.json");
        ProspectingService prospecting = prospecting(100);

        prospecting.prospectActiveCampaigns();

        ProgressReport progress = prospecting.progress("workspace-1", "campaign-1").orElseThrow();
        assertThat(progress.foundToday()).isEqualTo(2);
        assertThat(progress.source().state()).isEqualTo(SourceState.EXHAUSTED);
        assertThat(prospectEmails()).containsExactlyInAnyOrder("noor@fiets.example", null);
    }

    private ProspectingService prospecting(int lookupsPerDay) {
        MongoCampaignStore campaigns = new MongoCampaignStore(mongo);
        campaigns.saveSnapshot(new Campaign("campaign-1", "workspace-1", 1, CampaignStatus.ACTIVE, SourceKind.ROCKETREACH, PROFILE, 10),
                false);
        RocketReachClient rocketReachClient = new RocketReachClient(URI.create(rocketReach.baseUrl() + "/api/v2"), "test-key",
                Fixtures.settings(), new Fixtures.RecordingPause());
        RocketReachSource source = new RocketReachSource(rocketReachClient, new MongoLookupQuota(mongo, EVENING, lookupsPerDay, null),
                EVENING);
        return new ProspectingService(campaigns, new MongoProspectStore(mongo), List.of(source), 10, EVENING);
    }

    /** The email of every prospect stored, wherever the document keeps it. */
    private List<String> prospectEmails() {
        List<String> emails = new ArrayList<>();
        for (Document prospect : mongo.getCollection("prospects").find()) {
            emails.add(findEmail(prospect));
        }
        return emails;
    }

    private static String findEmail(Document document) {
        for (var entry : document.entrySet()) {
            if (entry.getKey().equals("email") && entry.getValue() instanceof String email) {
                return email;
            }
            if (entry.getValue() instanceof Document nested) {
                String email = findEmail(nested);
                if (email != null) {
                    return email;
                }
            }
        }
        return null;
    }

    private static void stubLookup(long id, String fixture) {
        rocketReach.stubFor(get(urlPathEqualTo("/api/v2/person/lookup")).withQueryParam("id", equalTo(String.valueOf(id)))
                .willReturn(okJson(Fixtures.json(fixture))));
    }
}
