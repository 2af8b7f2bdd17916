package io.opensdr.prospector.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.opensdr.kit.security.PublicEndpoints;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.kit.testing.TestTokens;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.sources.csv.CsvImportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A member of workspace A gets 404 for every resource of workspace B (its campaign, its CSV
 * imports), on every endpoint, and nobody gets anything without a token. The endpoints come from
 * Spring MVC's mapping: a new endpoint fails {@link #shouldCoverEveryEndpoint} until it has a case
 * below (one line) or is public by Seam 1. The whole service but Kafka, on MongoDB (mongo-java-server).
 */
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=io.opensdr.kit.messaging.EventsKafkaConfiguration,"
                + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "opensdr.outbox.enabled=false"})
@AutoConfigureMockMvc
class WorkspaceIsolationTest {

    static final TestTokens TOKENS = TestTokens.start();
    static final String CSV = "E-mail,First name,Last name,Job title,Company\nada.isolation@b.example,Ada,L,CEO,B Corp\n";

    /** One case per endpoint; {campaignId} is workspace B's campaign, {importId} one of its imports. */
    static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
            .get("/api/prospector/campaigns/{campaignId}/progress")
            .add(HttpMethod.POST, "/api/prospector/campaigns/{campaignId}/csv-imports/preview",
                    uri -> multipart(uri).file(csv()))
            .add(HttpMethod.POST, "/api/prospector/campaigns/{campaignId}/csv-imports",
                    uri -> multipart(uri).file(csv()))
            .get("/api/prospector/campaigns/{campaignId}/csv-imports/{importId}")
            .get("/api/prospector/campaigns/{campaignId}/csv-imports");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
        registry.add("spring.data.mongodb.uri", () -> TestMongo.uri("prospector-workspace-isolation"));
    }

    @Autowired MockMvc http;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired PublicEndpoints publicEndpoints;
    @Autowired CampaignStore campaigns;
    @Autowired CsvImportService imports;

    @Test
    void shouldCoverEveryEndpoint() {
        ENDPOINTS.assertCoversEveryEndpoint(WorkspaceIsolation.endpoints(mapping), publicEndpoints);
    }

    @TestFactory
    List<DynamicTest> shouldAnswer404ToAMemberOfAnotherWorkspace() {
        String campaignOfB = "campaign-" + UUID.randomUUID();
        // Paused: the background prospecting leaves it alone.
        campaigns.saveSnapshot(new Campaign(campaignOfB, "workspace-b", 1, CampaignStatus.PAUSED, SourceKind.CSV,
                TargetProfile.anyone(), 100), false);
        String importOfB = imports.importCsv("workspace-b", campaignOfB, "people.csv",
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), null, null).importId();
        return ENDPOINTS.crossWorkspaceTests(http, Map.of("campaignId", campaignOfB, "importId", importOfB),
                () -> TOKENS.bearer(TestTokens.member("workspace-a")), () -> TOKENS.bearer(TestTokens.member("workspace-b")));
    }

    @TestFactory
    List<DynamicTest> shouldAnswer401WithoutToken() {
        return WorkspaceIsolation.unauthenticatedTests(http, WorkspaceIsolation.endpoints(mapping), publicEndpoints);
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile("file", "people.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
    }
}
