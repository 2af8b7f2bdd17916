package io.opensdr.outreach.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.opensdr.kit.security.PublicEndpoints;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.kit.testing.TestTokens;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.CampaignMother;
import io.opensdr.outreach.domain.CampaignStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A member of workspace A gets 404 for every resource of workspace B, on every endpoint, and
 * nothing but the public routes (webhooks, unsubscribe, tracking: each checks its own signature)
 * answers without a token. The endpoints come from Spring MVC's mapping: a new endpoint fails
 * {@link #shouldCoverEveryEndpoint} until it has a case below (one line) or is public by Seam 1.
 * The whole service but Kafka, on MongoDB (mongo-java-server).
 */
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=io.opensdr.kit.messaging.EventsKafkaConfiguration,"
                + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "opensdr.outbox.enabled=false",
        "opensdr.outreach.tracking.replies.enabled=false"})
@AutoConfigureMockMvc
class WorkspaceIsolationTest {

    static final TestTokens TOKENS = TestTokens.start();
    static final String PERSON_OF_B = "ada.isolation@b.example";

    /** One case per endpoint; {campaignId} is workspace B's campaign. */
    static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
            .get("/api/outreach/campaigns/{campaignId}/ledger-summary")
            // Erasure names no resource: it always acts in the caller's workspace, so A's request for B's
            // person erases nothing of B's (its answer must not name B's prospect).
            .callersOwn(HttpMethod.POST, "/api/outreach/erasure-requests", uri -> post(uri)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + PERSON_OF_B + "\"}"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
        registry.add("spring.data.mongodb.uri", () -> TestMongo.uri("outreach-workspace-isolation"));
    }

    @Autowired MockMvc http;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired PublicEndpoints publicEndpoints;
    @Autowired CampaignStore campaigns;
    @Autowired MongoTemplate mongo;

    @Test
    void shouldCoverEveryEndpoint() {
        ENDPOINTS.assertCoversEveryEndpoint(WorkspaceIsolation.endpoints(mapping), publicEndpoints);
    }

    @TestFactory
    List<DynamicTest> shouldAnswer404ToAMemberOfAnotherWorkspace() {
        String campaignOfB = "campaign-" + UUID.randomUUID();
        Campaign campaign = CampaignMother.anActiveCampaign(campaignOfB);
        campaigns.saveIfNewer(new Campaign(campaign.id(), "workspace-b", campaign.revision(), campaign.status(),
                campaign.template(), campaign.sender(), campaign.meetingLink(), campaign.name(), campaign.sector(),
                campaign.source(), campaign.sending()));
        String prospectOfB = "prospect-" + UUID.randomUUID();
        mongo.insert(new Document("_id", prospectOfB + ":1").append("prospectId", prospectOfB).append("step", 1)
                .append("campaignId", campaignOfB).append("workspaceId", "workspace-b")
                .append("recipient", new Document("firstName", "Ada").append("email", PERSON_OF_B))
                .append("subject", "Hello Ada").append("body", "Hi Ada"), "drafts");
        return ENDPOINTS.crossWorkspaceTests(http, Map.of("campaignId", campaignOfB, "prospectId", prospectOfB),
                () -> TOKENS.bearer(TestTokens.member("workspace-a")), () -> TOKENS.bearer(TestTokens.member("workspace-b")));
    }

    @TestFactory
    List<DynamicTest> shouldAnswer401WithoutToken() {
        return WorkspaceIsolation.unauthenticatedTests(http, WorkspaceIsolation.endpoints(mapping), publicEndpoints);
    }
}
