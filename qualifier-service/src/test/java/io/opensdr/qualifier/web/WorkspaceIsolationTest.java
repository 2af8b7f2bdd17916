package io.opensdr.qualifier.web;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.opensdr.kit.security.PublicEndpoints;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.kit.testing.TestTokens;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A member of workspace A gets 404 for every resource of workspace B, on every endpoint, and
 * nobody gets anything without a token. The endpoints come from Spring MVC's mapping: a new
 * endpoint fails {@link #shouldCoverEveryEndpoint} until it has a case below (one line) or is
 * public by Seam 1. The whole service but Kafka, on MongoDB (mongo-java-server).
 */
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=io.opensdr.kit.messaging.EventsKafkaConfiguration,"
                + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "opensdr.outbox.enabled=false"})
@AutoConfigureMockMvc
class WorkspaceIsolationTest {

    static final TestTokens TOKENS = TestTokens.start();

    /** One case per endpoint; {campaignId} is workspace B's campaign. */
    static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
            .get("/api/qualifier/campaigns/{campaignId}/summary")
            .get("/api/qualifier/campaigns/{campaignId}/score-histogram")
            .add(HttpMethod.GET, "/api/qualifier/campaigns/{campaignId}/threshold-preview",
                    uri -> get(uri).param("threshold", "60"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
        registry.add("spring.data.mongodb.uri", () -> TestMongo.uri("qualifier-workspace-isolation"));
    }

    @Autowired MockMvc http;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired PublicEndpoints publicEndpoints;
    @Autowired CampaignRulesStore campaigns;

    @Test
    void shouldCoverEveryEndpoint() {
        ENDPOINTS.assertCoversEveryEndpoint(WorkspaceIsolation.endpoints(mapping), publicEndpoints);
    }

    @TestFactory
    List<DynamicTest> shouldAnswer404ToAMemberOfAnotherWorkspace() {
        String campaignOfB = "campaign-" + UUID.randomUUID();
        CampaignRules rules = fintechsInFrance(campaignOfB);
        campaigns.save(new CampaignRules(campaignOfB, "workspace-b", rules.revision(), rules.settings(), rules.targetProfile()));
        return ENDPOINTS.crossWorkspaceTests(http, Map.of("campaignId", campaignOfB),
                () -> TOKENS.bearer(TestTokens.member("workspace-a")), () -> TOKENS.bearer(TestTokens.member("workspace-b")));
    }

    @TestFactory
    List<DynamicTest> shouldAnswer401WithoutToken() {
        return WorkspaceIsolation.unauthenticatedTests(http, WorkspaceIsolation.endpoints(mapping), publicEndpoints);
    }
}
