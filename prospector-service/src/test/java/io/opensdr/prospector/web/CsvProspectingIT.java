package io.opensdr.prospector.web;

import static io.opensdr.prospector.messaging.CampaignSnapshotMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * From upload to event: people imported from a CSV file for a campaign whose source is CSV come
 * out of the prospector as ProspectFound events, the best first, up to the daily quota.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opensdr.prospector.pace.tick-interval=200ms",
        "opensdr.prospector.pace.batch-size=2"})
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class CsvProspectingIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "prospector-csv-flow-it");
        TOKENS.register(properties);
    }

    @Autowired KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired TestRestTemplate http;

    /** Access tokens as campaign-service signs them, checked against their JWKS over HTTP. */
    static final TestTokens TOKENS = TestTokens.start();

    @BeforeEach
    void signIn() {
        // Each request as a member of its campaign's workspace.
        http.getRestTemplate().setInterceptors(List.of(TOKENS.asMemberOfTheCampaignsWorkspace(campaign -> "w-" + campaign.replaceFirst("^c-", ""))));
    }
    @Autowired Published published;

    @Test
    void shouldPublishImportedPeopleBestFirstUpToTheDailyQuota() {
        CampaignSnapshot.Builder campaign = anActiveCampaign("w-csv-flow", "c-csv-flow", 3)
                .setSource(ProspectSource.CSV).setStatus(CampaignStatus.PAUSED);
        send(campaign.build());
        await().atMost(PIPELINE).until(() -> http.getForEntity("/api/prospector/campaigns/c-csv-flow/progress", Map.class)
                .getStatusCode() == HttpStatus.OK);

        // The campaign wants VPs and heads of sales at 51-1000-person companies.
        String csv = "Email,First name,Last name,Title,Company,Domain,Industry,Employees,Country\n"
                + "ic.one@small.example,Ian,One,Engineer,Small,small.example,Retail,8,DE\n"
                + "vp@fintech.example,Vera,Vp,VP Sales,Fintech,fintech.example,Fintech,300,FR\n"
                + "ic.two@small.example,Ivy,Two,Support Agent,Small,small.example,Retail,8,DE\n"
                + "head@software.example,Hugo,Head,Head of Sales,Software,software.example,Software,600,GB\n"
                + "manager@mid.example,Mia,Manager,Office Manager,Mid,mid.example,Retail,40,DE\n"
                + "cfo@fintech2.example,Carl,Cfo,CFO,Fintech Two,fintech2.example,Fintech,450,FR\n";
        ResponseEntity<Map> imported = upload("/api/prospector/campaigns/c-csv-flow/csv-imports", csv);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getBody()).containsEntry("imported", 6);

        send(campaign.setEventId(UUID.randomUUID()).setRevision(2).setStatus(CampaignStatus.ACTIVE).build());

        await().atMost(PIPELINE).until(() -> published.forCampaign("c-csv-flow").size() == 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> published.forCampaign("c-csv-flow").size() == 3);
        List<ProspectFound> events = published.forCampaign("c-csv-flow").stream().map(ConsumerRecord::value).toList();
        assertThat(events).extracting(event -> event.getPerson().getEmail())
                .containsExactlyInAnyOrder("vp@fintech.example", "head@software.example", "cfo@fintech2.example");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getSource()).isEqualTo(ProspectSource.CSV);
            assertThat(event.getSourceRef()).startsWith("csv:" + imported.getBody().get("importId") + ":");
            assertThat(event.getWorkspaceId()).isEqualTo("w-csv-flow");
        });
    }

    private void send(CampaignSnapshot snapshot) {
        kafka.send(TopicNames.CAMPAIGN, snapshot.getCampaignId(), snapshot).join();
    }

    private ResponseEntity<Map> upload(String path, String csv) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "people.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    @TestConfiguration
    static class Probe {

        @Bean
        Published published() {
            return new Published();
        }
    }

    /** Reads back what the service published, as any consumer of the topic would. */
    static class Published {

        private final List<ConsumerRecord<String, ProspectFound>> records = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.PROSPECT_FOUND, groupId = "prospector-csv-flow-probe")
        void on(ConsumerRecord<String, ProspectFound> record) {
            records.add(record);
        }

        List<ConsumerRecord<String, ProspectFound>> forCampaign(String campaignId) {
            return records.stream().filter(record -> record.value().getCampaignId().equals(campaignId)).toList();
        }
    }
}
