package io.opensdr.prospector;

import static io.opensdr.prospector.messaging.CampaignSnapshotMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prospector on real infrastructure (embedded KRaft broker, Apicurio registry,
 * mongo-java-server): campaign snapshots in, ProspectFound events out, at the campaign's pace.
 * Each test uses its own workspace and campaign, since they share the topics and the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opensdr.prospector.pace.tick-interval=200ms",
        "opensdr.prospector.pace.batch-size=3"})
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ProspectorServiceIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "prospector-it");
        TOKENS.register(properties);
    }

    @Autowired KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired PublishedProspects published;
    @Autowired MongoTemplate mongo;
    @Autowired TestRestTemplate http;

    /** Access tokens as campaign-service signs them, checked against their JWKS over HTTP. */
    static final TestTokens TOKENS = TestTokens.start();

    @BeforeEach
    void signIn() {
        // Each request as a member of its campaign's workspace.
        http.getRestTemplate().setInterceptors(List.of(TOKENS.asMemberOfTheCampaignsWorkspace(campaign -> "w-" + campaign.replaceFirst("^c-", ""))));
    }
    @Autowired EmbeddedKafkaBroker broker;

    @Test
    @SuppressWarnings("unchecked")
    void shouldPublishProspectsForAnActiveCampaignUpToItsDailyQuota() {
        send(anActiveCampaign("w-quota", "c-quota", 5).build());

        await().atMost(PIPELINE).until(() -> published.forCampaign("c-quota").size() == 5);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> published.forCampaign("c-quota").size() == 5);

        List<ConsumerRecord<String, ProspectFound>> records = published.forCampaign("c-quota");
        assertThat(records).allSatisfy(record -> {
            ProspectFound event = record.value();
            assertThat(record.key()).isEqualTo(event.getProspectId());
            assertThat(event.getWorkspaceId()).isEqualTo("w-quota");
            assertThat(event.getSource()).isEqualTo(ProspectSource.DEMO);
            assertThat(event.getSourceRef()).startsWith("demo-");
            assertThat(event.getPriority()).isBetween(0, 100);
            assertThat(event.getCompany().getDomain()).endsWith(".example");
            assertThat(event.getCompany().getIndustry()).isIn("Software", "Fintech");
            assertThat(event.getPerson().getCountryCode()).isIn("FR", "DE", "GB");
            assertThat(event.getPerson().getEmailGrade()).isNotNull();
            assertThat(event.getCompany().getEmployeeCount()).isBetween(51, 1000);
        });

        ResponseEntity<Map> progress = http.getForEntity("/api/prospector/campaigns/c-quota/progress", Map.class);
        assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(progress.getBody()).containsEntry("campaignId", "c-quota").containsEntry("status", "ACTIVE")
                .containsEntry("foundToday", 5).containsEntry("dailyQuota", 5).containsEntry("quotaLeft", 0)
                .containsEntry("totalFound", 5).containsEntry("enriching", 0);
        assertThat((Map<String, Object>) progress.getBody().get("source")).containsEntry("state", "READY");
    }

    @Test
    void shouldPublishNothingWhilePausedAndContinueWhereItStoppedOnceResumed() {
        CampaignSnapshot.Builder campaign = anActiveCampaign("w-pause", "c-pause", 12);
        send(campaign.build());
        await().atMost(PIPELINE).until(() -> published.forCampaign("c-pause").size() >= 3);

        send(campaign.setEventId(java.util.UUID.randomUUID()).setRevision(2).setStatus(CampaignStatus.PAUSED).build());
        await().atMost(PIPELINE).until(() -> "PAUSED".equals(progressOf("c-pause").get("status")));
        int settled = published.forCampaign("c-pause").size();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> published.forCampaign("c-pause").size() == settled);
        assertThat(settled).isLessThan(12);

        send(campaign.setEventId(java.util.UUID.randomUUID()).setRevision(3).setStatus(CampaignStatus.ACTIVE).build());

        await().atMost(PIPELINE).until(() -> published.forCampaign("c-pause").size() == 12);
        assertThat(published.forCampaign("c-pause")).extracting(record -> record.value().getSourceRef()).doesNotHaveDuplicates();
    }

    @Test
    void shouldNeverPublishAPersonTwiceForARedeliveredSnapshotOrARereadDirectory() {
        CampaignSnapshot first = anActiveCampaign("w-dedup", "c-dedup", 4).build();
        send(first);
        send(first); // redelivered
        await().atMost(PIPELINE).until(() -> published.forCampaign("c-dedup").size() == 4);

        // As if the cursor had been lost: the search reads the directory from the top again.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("c-dedup")), new Update().set("cursor", 0L), "campaigns");
        send(anActiveCampaign("w-dedup", "c-dedup", 8).setRevision(2).build());

        await().atMost(PIPELINE).until(() -> published.forCampaign("c-dedup").size() == 8);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> published.forCampaign("c-dedup").size() == 8);
        List<ConsumerRecord<String, ProspectFound>> records = published.forCampaign("c-dedup");
        assertThat(records).extracting(record -> record.value().getSourceRef()).doesNotHaveDuplicates();
        assertThat(records).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
        assertThat(mongo.count(Query.query(Criteria.where("workspaceId").is("w-dedup")), "prospects")).isEqualTo(8);
    }

    @Test
    void shouldDeadLetterBadSnapshotsAndKeepConsuming() {
        send(anActiveCampaign("", "c-invalid", 5).build());
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                "bootstrap.servers", broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(TopicNames.CAMPAIGN, "c-poison", "not avro".getBytes(StandardCharsets.UTF_8)));
        }
        send(anActiveCampaign("w-after", "c-after", 1).build());

        assertThat(keysOn(EventTopic.CAMPAIGN.deadLetterTopicName(), Set.of("c-invalid", "c-poison")))
                .contains("c-invalid", "c-poison");
        await().atMost(PIPELINE).until(() -> published.forCampaign("c-after").size() == 1);
        assertThat(http.getForEntity("/api/prospector/campaigns/c-invalid/progress", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldAnswerNotFoundForACampaignItHasNotSeen() {
        ResponseEntity<Map> progress = http.getForEntity("/api/prospector/campaigns/nobody/progress", Map.class);

        assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(progress.getBody()).containsEntry("status", 404).containsKey("detail");
    }

    private void send(CampaignSnapshot snapshot) {
        kafka.send(TopicNames.CAMPAIGN, snapshot.getCampaignId(), snapshot).join();
    }

    private Map<?, ?> progressOf(String campaignId) {
        return http.getForObject("/api/prospector/campaigns/" + campaignId + "/progress", Map.class);
    }

    private Set<String> keysOn(String topic, Set<String> wanted) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(PIPELINE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
                return keys.containsAll(wanted);
            });
        }
        return keys;
    }

    @TestConfiguration
    static class Probe {

        @Bean
        PublishedProspects publishedProspects() {
            return new PublishedProspects();
        }
    }

    /** Reads back what the service published, as any consumer of the topic would. */
    static class PublishedProspects {

        private final List<ConsumerRecord<String, ProspectFound>> records = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.PROSPECT_FOUND, groupId = "prospector-it-probe")
        void on(ConsumerRecord<String, ProspectFound> record) {
            records.add(record);
        }

        List<ConsumerRecord<String, ProspectFound>> forCampaign(String campaignId) {
            return records.stream().filter(record -> record.value().getCampaignId().equals(campaignId)).toList();
        }
    }
}
