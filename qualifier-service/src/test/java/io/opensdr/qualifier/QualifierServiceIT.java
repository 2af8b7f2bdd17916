package io.opensdr.qualifier;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.bson.Document;
import java.util.UUID;
import io.opensdr.events.MailTransport;
import io.opensdr.events.EmailSent;
import static io.opensdr.qualifier.messaging.CampaignSnapshotMother.anActiveCampaign;
import static io.opensdr.qualifier.messaging.ProspectFoundMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.messaging.ProspectFoundMother.anIcAtATinyShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.apache.kafka.common.header.Header;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
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
        TOKENS.register(properties);
    }

    /** Access tokens as campaign-service signs them, checked against their JWKS. */
    static final TestTokens TOKENS = TestTokens.start();

    /** A GET as a member of the workspace. */
    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> get(String workspaceId, String path) {
        return http.exchange(RequestEntity.get(path).header(HttpHeaders.AUTHORIZATION,
                TOKENS.bearer(TestTokens.member(workspaceId))).build(), Map.class);
    }

    @Autowired KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired PublishedAssessments published;
    @Autowired TestRestTemplate http;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired MongoTemplate mongo;

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

        ResponseEntity<Map> summary = get("w-known", "/api/qualifier/campaigns/c-known/summary");
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
        assertThat(dltReasons(EventTopic.PROSPECT_FOUND.deadLetterTopicName(), "p-invalid"))
                .anySatisfy(reason -> assertThat(reason).contains("ProspectFound p-invalid has no campaignId"));
    }

    @Test
    void shouldDeadLetterAnOutOfRangeProspectWithTheReasonInItsHeaders() {
        knownCampaign("w-range", "c-range");
        ProspectFound valid = aVpAtAFundedFintech("w-range", "c-range", "p-negative").build();
        ProspectFound found = ProspectFound.newBuilder(valid)
                .setCompany(io.opensdr.events.ProspectCompany.newBuilder(valid.getCompany()).setEmployeeCount(-40).build()).build();

        send(found);

        await().atMost(PIPELINE).until(() -> !dltReasons(EventTopic.PROSPECT_FOUND.deadLetterTopicName(), "p-negative").isEmpty());
        assertThat(dltReasons(EventTopic.PROSPECT_FOUND.deadLetterTopicName(), "p-negative"))
                .anySatisfy(reason -> assertThat(reason).contains("company.employeeCount -40, outside 0-5000000"));
        assertThat(published.forProspect("p-negative")).isEmpty();
    }

    @Test
    void shouldDeadLetterASnapshotWithInvalidSettingsAndKeepTheRulesItHeld() {
        knownCampaign("w-guard", "c-guard");
        CampaignSnapshot noWeights = anActiveCampaign("w-guard", "c-guard", 10).setRevision(2)
                .setQualification(io.opensdr.events.QualificationSettings.newBuilder().setThreshold(90).setBudgetWeight(0)
                        .setAuthorityWeight(0).setNeedWeight(0).setTimelineWeight(0).build()).build();

        kafka.send(TopicNames.CAMPAIGN, "c-guard", noWeights).join();

        await().atMost(PIPELINE).until(() -> !dltReasons(EventTopic.CAMPAIGN.deadLetterTopicName(), "c-guard").isEmpty());
        assertThat(dltReasons(EventTopic.CAMPAIGN.deadLetterTopicName(), "c-guard"))
                .anySatisfy(reason -> assertThat(reason).contains("at least one BANT weight is above zero"));
        assertThat(get("w-guard", "/api/qualifier/campaigns/c-guard/score-histogram").getBody())
                .containsEntry("threshold", 60);
    }

    @Test
    void shouldReDecideAndAnnounceChangedDecisionsWhenTheThresholdChanges() {
        knownCampaign("w-slider", "c-slider");
        send(aVpAtAFundedFintech("w-slider", "c-slider", "p-slider-vp").build());
        send(anIcAtATinyShop("w-slider", "c-slider", "p-slider-ic").build());
        await().atMost(PIPELINE).until(() -> published.forCampaign("c-slider").size() == 2);

        ResponseEntity<Map> histogram = get("w-slider", "/api/qualifier/campaigns/c-slider/score-histogram");
        assertThat(histogram.getBody()).containsEntry("total", 2).containsEntry("threshold", 60);
        assertThat((List<Integer>) histogram.getBody().get("counts")).hasSize(101).containsOnly(0, 1);
        assertThat(get("w-slider", "/api/qualifier/campaigns/c-slider/threshold-preview?threshold=90").getBody())
                .containsEntry("qualified", 0).containsEntry("review", 1).containsEntry("rejected", 1);

        kafka.send(TopicNames.CAMPAIGN, "c-slider", anActiveCampaign("w-slider", "c-slider", 10).setRevision(2)
                .setQualification(io.opensdr.events.QualificationSettings.newBuilder().setThreshold(90).setHotScore(95).build())
                .build()).join();

        await().atMost(PIPELINE).until(() -> published.forProspect("p-slider-vp").size() == 2);
        ConsumerRecord<String, ProspectQualified> redecided = published.forProspect("p-slider-vp").get(1);
        assertThat(redecided.key()).isEqualTo("p-slider-vp");
        assertThat(redecided.value().getDecision()).isEqualTo(QualificationDecision.REVIEW);
        assertThat(redecided.value().getThreshold()).isEqualTo(90);
        assertThat(redecided.value().getHot()).isFalse();
        assertThat(redecided.value().getBudget()).isEqualTo(published.forProspect("p-slider-vp").get(0).value().getBudget());
        assertThat(redecided.value().getEventId()).isNotEqualTo(published.forProspect("p-slider-vp").get(0).value().getEventId());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> published.forProspect("p-slider-ic").size() == 1 && published.forProspect("p-slider-vp").size() == 2);
        assertThat(get("w-slider", "/api/qualifier/campaigns/c-slider/summary").getBody())
                .containsEntry("review", 1).containsEntry("rejected", 1).containsEntry("hot", 0);
    }

    @Test
    void shouldNotReDecideAProspectOutreachAlreadyEmailed() {
        knownCampaign("w-contacted", "c-contacted");
        send(aVpAtAFundedFintech("w-contacted", "c-contacted", "p-emailed").build());
        send(aVpAtAFundedFintech("w-contacted", "c-contacted", "p-not-emailed").build());
        await().atMost(PIPELINE).until(() -> published.forCampaign("c-contacted").size() == 2);

        kafka.send(TopicNames.EMAIL_SENT, "p-emailed", EmailSent.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now()).setWorkspaceId("w-contacted").setCampaignId("c-contacted")
                .setProspectId("p-emailed").setDraftId("d-1").setEmailId("p-emailed:1").setTransport(MailTransport.SMTP)
                .setMessageId("<m-1@opensdr.local>").setSubject("Hello").build()).join();
        await().atMost(PIPELINE).until(() -> Boolean.TRUE.equals(
                mongo.getCollection("assessments").find(new Document("_id", "p-emailed")).first().get("contacted")));

        kafka.send(TopicNames.CAMPAIGN, "c-contacted", anActiveCampaign("w-contacted", "c-contacted", 10).setRevision(2)
                .setQualification(io.opensdr.events.QualificationSettings.newBuilder().setThreshold(90).setHotScore(95).build())
                .build()).join();

        await().atMost(PIPELINE).until(() -> published.forProspect("p-not-emailed").size() == 2);
        assertThat(published.forProspect("p-not-emailed").get(1).value().getDecision()).isEqualTo(QualificationDecision.REVIEW);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> published.forProspect("p-emailed").size() == 1);
        assertThat(published.forProspect("p-emailed").get(0).value().getDecision()).isEqualTo(QualificationDecision.QUALIFIED);
    }

    @Test
    void shouldAnswerAProblemForABadThreshold() {
        knownCampaign("w-bad-threshold", "c-bad-threshold");

        ResponseEntity<Map> outOfRange = get("w-bad-threshold", "/api/qualifier/campaigns/c-bad-threshold/threshold-preview?threshold=150");
        ResponseEntity<Map> notANumber = get("w-bad-threshold", "/api/qualifier/campaigns/c-bad-threshold/threshold-preview?threshold=high");

        assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfRange.getBody()).containsEntry("status", 400)
                .containsEntry("errors", List.of(Map.of("field", "threshold", "message", "must be less than or equal to 100")));
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getBody()).containsEntry("status", 400);
    }

    @Test
    void shouldAnswerNotFoundForACampaignItHasNotSeen() {
        ResponseEntity<Map> summary = get("w-nobody", "/api/qualifier/campaigns/nobody/summary");

        assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(summary.getBody()).containsEntry("status", 404);
    }

    private void knownCampaign(String workspaceId, String campaignId) {
        kafka.send(TopicNames.CAMPAIGN, campaignId, anActiveCampaign(workspaceId, campaignId, 10).build()).join();
        await().atMost(PIPELINE).until(() -> get(workspaceId, "/api/qualifier/campaigns/" + campaignId + "/summary")
                .getStatusCode() == HttpStatus.OK);
    }

    private void send(ProspectFound event) {
        kafka.send(TopicNames.PROSPECT_FOUND, event.getProspectId(), event).join();
    }

    /** The reasons the DLT's records for a key carry in their headers, read from the start for a second. */
    private List<String> dltReasons(String deadLetterTopic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> reasons = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(deadLetterTopic));
            Instant end = Instant.now().plus(Duration.ofSeconds(1));
            while (Instant.now().isBefore(end)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Header reason = record.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE);
                    if (key.equals(record.key()) && reason != null) {
                        reasons.add(new String(reason.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return reasons;
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
