package io.opensdr.qualifier;

import static io.opensdr.qualifier.messaging.CampaignSnapshotMother.anActiveCampaign;
import static io.opensdr.qualifier.messaging.ProspectFoundMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.messaging.ProspectFoundMother.anIcAtATinyShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.testing.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The qualifier on real infrastructure (embedded KRaft broker, Apicurio registry,
 * mongo-java-server): campaign snapshots and ProspectFound in, ProspectQualified out. Each test
 * uses its own campaign and prospects, since they share the topics and the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class QualifierServiceIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "qualifier-it");
    }

    @Autowired KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired PublishedAssessments published;
    @Autowired TestRestTemplate http;
    @Autowired EmbeddedKafkaBroker broker;

    @Test
    void shouldQualifyAndRejectProspectsOfAKnownCampaign() {
        knownCampaign("w-known", "c-known");

        send(aVpAtAFundedFintech("w-known", "c-known", "p-vp").build());
        send(anIcAtATinyShop("w-known", "c-known", "p-ic").build());

        await().atMost(PIPELINE).until(() -> published.forCampaign("c-known").size() == 2);
        ConsumerRecord<String, ProspectQualified> vp = published.forProspect("p-vp").get(0);
        assertThat(vp.key()).isEqualTo("p-vp");
        assertThat(vp.value().getDecision()).isEqualTo(QualificationDecision.QUALIFIED);
        assertThat(vp.value().getHot()).isTrue();
        assertThat(vp.value().getContactable()).isTrue();
        assertThat(vp.value().getContact().getEmail()).isEqualTo("claire.martin@fintech.example");
        assertThat(vp.value().getBudget().getReason()).contains("300 employees");
        ProspectQualified ic = published.forProspect("p-ic").get(0).value();
        assertThat(ic.getDecision()).isEqualTo(QualificationDecision.REJECTED);
        assertThat(ic.getContactable()).isFalse();
        assertThat(ic.getContact().getEmail()).isNull();

        ResponseEntity<Map> summary = http.getForEntity("/api/qualifier/campaigns/c-known/summary", Map.class);
        assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(summary.getBody()).containsEntry("campaignId", "c-known").containsEntry("qualified", 1)
                .containsEntry("review", 0).containsEntry("rejected", 1).containsEntry("total", 2).containsEntry("hot", 1);
    }

    @Test
    void shouldPublishOneAssessmentForARedeliveredProspect() {
        knownCampaign("w-redelivery", "c-redelivery");
        ProspectFound found = aVpAtAFundedFintech("w-redelivery", "c-redelivery", "p-twice").build();

        send(found);
        send(found);

        await().atMost(PIPELINE).until(() -> published.forProspect("p-twice").size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> published.forProspect("p-twice").size() == 1);
    }

    @Test
    void shouldParkAProspectWhoseCampaignIsNotKnownYetAndQualifyItWhenTheCampaignArrives() {
        send(aVpAtAFundedFintech("w-late", "c-late", "p-early").build());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> published.forProspect("p-early").isEmpty());

        kafka.send(TopicNames.CAMPAIGN, "c-late", anActiveCampaign("w-late", "c-late", 10).build()).join();

        await().atMost(PIPELINE).until(() -> published.forProspect("p-early").size() == 1);
        assertThat(published.forProspect("p-early").get(0).value().getDecision()).isEqualTo(QualificationDecision.QUALIFIED);
        assertThat(keysOn(EventTopic.PROSPECT_FOUND.deadLetterTopicName(), Duration.ofSeconds(2))).doesNotContain("p-early");
    }

    @Test
    void shouldDeadLetterBadProspectsAndKeepConsuming() {
        knownCampaign("w-bad", "c-bad");
        send(aVpAtAFundedFintech("w-bad", "", "p-invalid").build());
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                "bootstrap.servers", broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(TopicNames.PROSPECT_FOUND, "p-poison", "not avro".getBytes(StandardCharsets.UTF_8)));
        }
        send(aVpAtAFundedFintech("w-bad", "c-bad", "p-after").build());

        await().atMost(PIPELINE).until(() -> keysOn(EventTopic.PROSPECT_FOUND.deadLetterTopicName(), Duration.ofSeconds(1))
                .containsAll(Set.of("p-invalid", "p-poison")));
        await().atMost(PIPELINE).until(() -> published.forProspect("p-after").size() == 1);
        assertThat(published.forProspect("p-invalid")).isEmpty();
    }

    @Test
    void shouldAnswerNotFoundForACampaignItHasNotSeen() {
        ResponseEntity<Map> summary = http.getForEntity("/api/qualifier/campaigns/nobody/summary", Map.class);

        assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(summary.getBody()).containsEntry("status", 404);
    }

    private void knownCampaign(String workspaceId, String campaignId) {
        kafka.send(TopicNames.CAMPAIGN, campaignId, anActiveCampaign(workspaceId, campaignId, 10).build()).join();
        await().atMost(PIPELINE).until(() -> http.getForEntity("/api/qualifier/campaigns/" + campaignId + "/summary", Map.class)
                .getStatusCode() == HttpStatus.OK);
    }

    private void send(ProspectFound event) {
        kafka.send(TopicNames.PROSPECT_FOUND, event.getProspectId(), event).join();
    }

    /** Every key on a topic, read from the start for as long as given. */
    private Set<String> keysOn(String topic, Duration reading) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant end = Instant.now().plus(reading);
            while (Instant.now().isBefore(end)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
            }
        }
        return keys;
    }

    @TestConfiguration
    static class Probe {

        @Bean
        PublishedAssessments publishedAssessments() {
            return new PublishedAssessments();
        }
    }

    /** Reads back what the service published, as any consumer of the topic would. */
    static class PublishedAssessments {

        private final List<ConsumerRecord<String, ProspectQualified>> records = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.PROSPECT_QUALIFIED, groupId = "qualifier-it-probe")
        void on(ConsumerRecord<String, ProspectQualified> record) {
            records.add(record);
        }

        List<ConsumerRecord<String, ProspectQualified>> forCampaign(String campaignId) {
            return records.stream().filter(record -> record.value().getCampaignId().equals(campaignId)).toList();
        }

        List<ConsumerRecord<String, ProspectQualified>> forProspect(String prospectId) {
            return records.stream().filter(record -> record.value().getProspectId().equals(prospectId)).toList();
        }
    }
}
