package io.opensdr.prospector.messaging;

import static io.opensdr.prospector.messaging.CampaignSnapshotMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.PersonSuppressed;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.SuppressionReason;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
 * Erasure across the Kafka hop: outreach's PersonSuppressed (played here by the test) reaches the
 * prospector through the broker and the registry; the person's prospect is deleted, only the hash
 * remains, and a later import of the same address is reported as suppressed and never published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opensdr.prospector.pace.tick-interval=200ms",
        "opensdr.prospector.pace.batch-size=5"})
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PersonSuppressedIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);
    private static final String WORKSPACE = "w-erasure";
    private static final String CAMPAIGN = "c-erasure";
    private static final String HEADER = "Email,First name,Last name,Title,Company,Domain,Industry,Employees,Country\n";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "prospector-suppression-it");
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
    @Autowired MongoTemplate mongo;
    @Autowired Published published;

    @Test
    void shouldDeleteAnErasedPersonAndNeverImportThemAgain() {
        CampaignSnapshot.Builder campaign = anActiveCampaign(WORKSPACE, CAMPAIGN, 50).setSource(ProspectSource.CSV);
        send(campaign.build());
        await().atMost(PIPELINE).until(() -> http.getForEntity("/api/prospector/campaigns/" + CAMPAIGN + "/progress", Map.class)
                .getStatusCode() == HttpStatus.OK);
        ResponseEntity<Map> first = upload(HEADER
                + "ada.lovelace@engines.example,Ada,Lovelace,VP Sales,Engines,engines.example,Software,300,GB\n"
                + "grace.hopper@navy.example,Grace,Hopper,Head of Sales,Navy,navy.example,Software,600,US\n");
        assertThat(first.getBody()).containsEntry("imported", 2);
        await().atMost(PIPELINE).until(() -> published.forCampaign(CAMPAIGN).size() == 2);
        String ada = published.prospectIdOf("ada.lovelace@engines.example");
        String hash = AddressHash.of(WORKSPACE, "Ada.Lovelace@engines.example");

        send(erasure(hash, List.of(ada)));

        await().atMost(PIPELINE).until(() -> mongo.findById(ada, Document.class, "prospects") == null);
        assertThat(mongo.findById("suppressed:" + hash, Document.class, "prospects").getString("suppressed")).isEqualTo("ERASED");
        assertThat(mongo.find(new Query(), Document.class, "prospects")).extracting(Document::toJson)
                .noneMatch(json -> json.contains("ada.lovelace@") || json.contains("Lovelace"));
        assertThat(mongo.find(new Query(), Document.class, "imported_people")).extracting(Document::toJson)
                .noneMatch(json -> json.contains("ada.lovelace@") || json.contains("Lovelace"));
        assertThat(mongo.findById(published.prospectIdOf("grace.hopper@navy.example"), Document.class, "prospects"))
                .as("someone else").isNotNull();

        ResponseEntity<Map> again = upload(HEADER
                + " ADA.Lovelace@Engines.example ,Ada,Lovelace,VP Sales,Engines,engines.example,Software,300,GB\n"
                + "katherine.johnson@nasa.example,Katherine,Johnson,VP Sales,Nasa,nasa.example,Software,900,US\n");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).containsEntry("imported", 1).containsEntry("suppressed", 1)
                .containsEntry("suppressedRows", List.of(2));
        await().atMost(PIPELINE).until(() -> published.forCampaign(CAMPAIGN).size() == 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> published.forCampaign(CAMPAIGN).size() == 3);
        assertThat(published.forCampaign(CAMPAIGN)).extracting(r -> r.value().getPerson().getEmail().trim().toLowerCase())
                .containsExactlyInAnyOrder("ada.lovelace@engines.example", "grace.hopper@navy.example",
                        "katherine.johnson@nasa.example");
    }

    @Test
    void shouldApplyARedeliveredErasureOnceAndDeadLetterOneWithoutAHash() {
        String hash = AddressHash.of("w-redelivered", "someone@example.com");
        PersonSuppressed erasure = PersonSuppressed.newBuilder(erasure(hash, List.of())).setWorkspaceId("w-redelivered").build();
        send(erasure);
        send(erasure);
        PersonSuppressed malformed = PersonSuppressed.newBuilder(erasure(hash, List.of())).setAddressHash("someone@example.com").build();
        send(malformed);

        await().atMost(PIPELINE).until(() -> published.deadLettered().stream()
                .anyMatch(r -> r.value().getEventId().equals(malformed.getEventId())));
        assertThat(mongo.count(Query.query(Criteria.where("_id").is("suppressed:" + hash)), "prospects")).isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("workspaceId").is("w-redelivered")), "prospects")).isEqualTo(1);
        assertThat(published.deadLettered()).as("the valid ones were not").noneMatch(r ->
                r.value().getEventId().equals(erasure.getEventId()));
    }

    private static PersonSuppressed erasure(String hash, List<String> prospectIds) {
        return PersonSuppressed.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(WORKSPACE)
                .setCampaignId(null)
                .setAddressHash(hash)
                .setReason(SuppressionReason.ERASED)
                .setErase(true)
                .setProspectIds(prospectIds)
                .build();
    }

    private void send(CampaignSnapshot snapshot) {
        kafka.send(TopicNames.CAMPAIGN, snapshot.getCampaignId(), snapshot).join();
    }

    private void send(PersonSuppressed event) {
        kafka.send(TopicNames.PERSON_SUPPRESSED, event.getAddressHash(), event).join();
    }

    private ResponseEntity<Map> upload(String csv) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "people.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/prospector/campaigns/" + CAMPAIGN + "/csv-imports", new HttpEntity<>(body, headers),
                Map.class);
    }

    @TestConfiguration
    static class Probe {

        @Bean
        Published published() {
            return new Published();
        }
    }

    /** What the service published, and what it dead-lettered, read as any consumer would. */
    static class Published {

        private final List<ConsumerRecord<String, ProspectFound>> found = new CopyOnWriteArrayList<>();
        private final List<ConsumerRecord<String, PersonSuppressed>> deadLettered = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.PROSPECT_FOUND, groupId = "prospector-suppression-probe")
        void on(ConsumerRecord<String, ProspectFound> record) {
            found.add(record);
        }

        @KafkaListener(topics = TopicNames.PERSON_SUPPRESSED + TopicNames.DLT_SUFFIX, groupId = "prospector-suppression-dlt-probe")
        void onDeadLetter(ConsumerRecord<String, PersonSuppressed> record) {
            deadLettered.add(record);
        }

        List<ConsumerRecord<String, ProspectFound>> forCampaign(String campaignId) {
            return found.stream().filter(record -> record.value().getCampaignId().equals(campaignId)).toList();
        }

        String prospectIdOf(String email) {
            return found.stream().filter(record -> record.value().getPerson().getEmail().equalsIgnoreCase(email))
                    .map(record -> record.value().getProspectId()).findFirst().orElseThrow();
        }

        List<ConsumerRecord<String, PersonSuppressed>> deadLettered() {
            return deadLettered;
        }
    }
}
