package io.opensdr.campaign;

import static io.opensdr.campaign.messaging.PipelineEventsMother.aMeetingBooked;
import static io.opensdr.campaign.messaging.PipelineEventsMother.aProspectFound;
import static io.opensdr.campaign.messaging.PipelineEventsMother.aProspectQualified;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEmailApproved;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEmailDrafted;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEmailSent;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.campaign.messaging.PipelineEventsMother;
import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.Contact;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.EmailDrafted;
import io.opensdr.events.EngagementType;
import io.opensdr.events.MeetingStatus;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.testing.TestInfrastructure;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * campaign-service on real infrastructure: an embedded KRaft broker, the Apicurio registry (as a
 * child process) and mongo-java-server. Input events are produced with the kit's own publisher
 * (its KafkaTemplate, Avro in the Confluent wire format); output events are read back from their
 * topics with a consumer from the kit's consumer factory, under a fresh group each time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class CampaignServiceIT {

    private static final String DEMO_WORKSPACE = "demo-workspace";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "campaign-it");
    }

    @Autowired TestRestTemplate anonymous;
    @Autowired EventPublisher publisher;
    @Autowired ConsumerFactory<String, Object> consumers;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired MongoTemplate mongo;
    @Value("${spring.kafka.consumer.group-id}") String serviceGroup;

    @Test
    void shouldPublishASnapshotWithAHigherRevisionAtEveryChange() {
        String campaignId = createCampaign();
        launch(campaignId);
        assertThat(demo().postForEntity("/api/campaigns/" + campaignId + "/pause", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        List<CampaignSnapshot> snapshots = awaitRecords(EventTopic.CAMPAIGN.topicName(), campaignId, 4).stream()
                .map(record -> (CampaignSnapshot) record.value()).toList();

        assertThat(snapshots).extracting(CampaignSnapshot::getRevision).containsExactly(1L, 2L, 3L, 4L);
        assertThat(snapshots).extracting(snapshot -> snapshot.getStatus().name())
                .containsExactly("DRAFT", "DRAFT", "ACTIVE", "PAUSED");
        assertThat(snapshots).extracting(snapshot -> snapshot.getEmailTemplate().getApproved())
                .containsExactly(false, true, true, true);
        assertThat(snapshots.get(3).getWorkspaceId()).isEqualTo(DEMO_WORKSPACE);
        assertThat(snapshots.get(3).getSender().getFromEmail()).isEqualTo("sdr@demo.opensdr.local");
    }

    @Test
    void shouldPublishTheChosenSourceAndBantSettingsAndTheirChange() {
        Map<String, Object> request = new java.util.HashMap<>(campaignRequest());
        request.put("source", "ROCKETREACH");
        request.put("qualification", Map.of("threshold", 65, "reviewBand", 6, "hotScore", 85,
                "weights", Map.of("budget", 10, "authority", 20, "need", 30, "timeline", 40)));
        ResponseEntity<JsonNode> created = demo().postForEntity("/api/campaigns", request, JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String campaignId = created.getBody().path("id").asText();
        assertThat(demo().exchange("/api/campaigns/" + campaignId + "/qualification", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(Map.of("threshold", 50)), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        List<CampaignSnapshot> snapshots = awaitRecords(EventTopic.CAMPAIGN.topicName(), campaignId, 2).stream()
                .map(record -> (CampaignSnapshot) record.value()).toList();

        assertThat(snapshots.get(0).getSource()).isEqualTo(io.opensdr.events.ProspectSource.ROCKETREACH);
        assertThat(snapshots.get(0).getQualification()).isEqualTo(new io.opensdr.events.QualificationSettings(65, 6, 85, 10, 20, 30, 40));
        assertThat(snapshots.get(1).getRevision()).isEqualTo(2L);
        assertThat(snapshots.get(1).getSource()).isEqualTo(io.opensdr.events.ProspectSource.ROCKETREACH);
        assertThat(snapshots.get(1).getQualification()).isEqualTo(new io.opensdr.events.QualificationSettings(50, 5, 80, 25, 25, 25, 25));
    }

    @Test
    void shouldQueueADraftedEmailAsAPendingDraft() {
        String campaignId = createCampaign();
        String draftId = "draft-" + UUID.randomUUID();

        publisher.publishAndWait(anEmailDrafted(DEMO_WORKSPACE, campaignId, "prospect-" + UUID.randomUUID(), draftId).build());

        JsonNode draft = awaitDraft(campaignId, draftId);
        assertThat(draft.path("status").asText()).isEqualTo("PENDING");
        assertThat(draft.path("recipient").path("email").asText()).isEqualTo("claire.martin@acme.example");
        assertThat(draft.path("bantScore").asInt()).isEqualTo(72);
    }

    @Test
    void shouldPublishExactlyOneEmailApprovedWhenADraftIsApprovedTwice() {
        String campaignId = createCampaign();
        launch(campaignId);
        String prospectId = "prospect-" + UUID.randomUUID();
        String draftId = "draft-" + UUID.randomUUID();
        publisher.publishAndWait(anEmailDrafted(DEMO_WORKSPACE, campaignId, prospectId, draftId).build());
        awaitDraft(campaignId, draftId);

        Map<String, String> edit = Map.of("subject", "Claire, one question", "body", "Hi Claire,\n\nEdited.");
        ResponseEntity<JsonNode> first = demo().postForEntity("/api/drafts/" + draftId + "/approve", edit, JsonNode.class);
        ResponseEntity<JsonNode> second = demo().postForEntity("/api/drafts/" + draftId + "/approve", edit, JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        // Once the outbox is empty, everything the draft ever recorded is on the topic.
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(mongo.findById(draftId, Document.class, "drafts").getList(OutboxEntry.FIELD, Object.class)).isEmpty());
        List<EmailApproved> approvals = readTopic(EventTopic.EMAIL_APPROVED.topicName()).stream()
                .map(ConsumerRecord::value)
                .map(EmailApproved.class::cast)
                .filter(approved -> approved.getDraftId().equals(draftId))
                .toList();
        assertThat(approvals).singleElement().satisfies(approved -> {
            assertThat(approved.getProspectId()).isEqualTo(prospectId);
            assertThat(approved.getSubject()).isEqualTo("Claire, one question");
            assertThat(approved.getEdited()).isTrue();
            assertThat(approved.getApprovedBy()).isEqualTo("demo-user");
        });
    }

    @Test
    void shouldCountMetricsExactlyWhenEveryEventIsDeliveredTwice() {
        String campaignId = createCampaign();
        launch(campaignId);
        String ada = "prospect-" + UUID.randomUUID();
        String bob = "prospect-" + UUID.randomUUID();
        String eve = "prospect-" + UUID.randomUUID();
        var lateReview = aProspectQualified(DEMO_WORKSPACE, campaignId, ada, QualificationDecision.REVIEW).build();
        List<SpecificRecord> events = List.of(
                aProspectFound(DEMO_WORKSPACE, campaignId, ada).build(),
                aProspectFound(DEMO_WORKSPACE, campaignId, bob).build(),
                aProspectFound(DEMO_WORKSPACE, campaignId, eve).build(),
                // Ada is re-scored: the newer QUALIFIED replaces REVIEW, whatever order they arrive in.
                aProspectQualified(DEMO_WORKSPACE, campaignId, ada, QualificationDecision.QUALIFIED)
                        .setOccurredAt(lateReview.getOccurredAt().plus(1, ChronoUnit.MINUTES)).build(),
                lateReview,
                aProspectQualified(DEMO_WORKSPACE, campaignId, bob, QualificationDecision.REVIEW).build(),
                aProspectQualified(DEMO_WORKSPACE, campaignId, eve, QualificationDecision.REJECTED).build(),
                anEmailDrafted(DEMO_WORKSPACE, campaignId, ada, "draft-" + ada).build(),
                anEmailApproved(DEMO_WORKSPACE, campaignId, ada).build(),
                anEmailSent(DEMO_WORKSPACE, campaignId, ada).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.DELIVERED).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.OPENED).setMachineGenerated(true).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.CLICKED).setMachineGenerated(true).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.OPENED).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.AUTO_REPLIED).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.REPLIED).build(),
                aMeetingBooked(DEMO_WORKSPACE, campaignId, ada).setStatus(MeetingStatus.BOOKED).build());

        events.forEach(publisher::publishAndWait);
        events.forEach(publisher::publishAndWait);
        awaitServiceConsumedEverything();

        ResponseEntity<JsonNode> metrics = demo().getForEntity("/api/campaigns/" + campaignId + "/metrics", JsonNode.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).isEqualTo(json("""
                {"prospectsFound":3,"qualified":1,"inReview":1,"rejected":1,"emailsDrafted":1,
                 "emailsApproved":1,"emailsSent":1,"delivered":1,"humanOpens":1,"clicks":0,"replies":1,
                 "bounces":0,"unsubscribes":0,"spamReports":0,"meetingsBooked":1}"""));
        JsonNode drafts = demo().getForEntity("/api/drafts?campaignId=" + campaignId, JsonNode.class).getBody();
        assertThat(drafts).as("a redelivered EmailDrafted queues no second draft").hasSize(1);
    }

    @Test
    void shouldDeadLetterAnInvalidDraftAndKeepConsuming() {
        String campaignId = createCampaign();
        String prospectId = "prospect-" + UUID.randomUUID();
        EmailDrafted withoutEmail = anEmailDrafted(DEMO_WORKSPACE, campaignId, prospectId, "draft-invalid-" + prospectId)
                .setRecipient(Contact.newBuilder(PipelineEventsMother.aContact()).setEmail(null).build())
                .build();
        String validDraftId = "draft-" + UUID.randomUUID();

        publisher.publishAndWait(withoutEmail);
        publisher.publishAndWait(anEmailDrafted(DEMO_WORKSPACE, campaignId, prospectId, validDraftId).build());

        List<ConsumerRecord<String, Object>> deadLettered = awaitRecords(EventTopic.EMAIL_DRAFTED.deadLetterTopicName(), prospectId, 1);
        assertThat(deadLettered).singleElement().satisfies(record ->
                assertThat(((EmailDrafted) record.value()).getDraftId()).isEqualTo(withoutEmail.getDraftId()));
        assertThat(awaitDraft(campaignId, validDraftId).path("status").asText()).isEqualTo("PENDING");
        assertThat(mongo.findById(withoutEmail.getDraftId(), Document.class, "drafts")).isNull();
    }

    @Test
    void shouldRefuseRequestsWithoutCredentials() {
        ResponseEntity<JsonNode> response = anonymous.getForEntity("/api/campaigns", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().containsKey("WWW-Authenticate")).isFalse();
        assertThat(anonymous.getForEntity("/actuator/health", JsonNode.class).getBody().path("status").asText())
                .isEqualTo("UP");
    }

    private TestRestTemplate demo() {
        return anonymous.withBasicAuth("demo@opensdr.io", "demo-password-2026");
    }

    private String createCampaign() {
        ResponseEntity<JsonNode> created = demo().postForEntity("/api/campaigns", campaignRequest(), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asText();
    }

    private static Map<String, Object> campaignRequest() {
        return Map.of(
                "name", "IT campaign",
                "sector", "Software",
                "targetProfile", Map.of("titles", List.of("VP Sales"), "countries", List.of("FR")),
                "emailTemplate", Map.of("subject", "Hello {{firstName}}", "body", "Hi {{firstName}} — {{senderName}}"),
                "meeting", Map.of("days", List.of("MONDAY"), "startHour", 9, "endHour", 17, "timeZone", "Europe/Paris"));
    }

    private void launch(String campaignId) {
        assertThat(demo().postForEntity("/api/campaigns/" + campaignId + "/email-template/approve", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> launched = demo().postForEntity("/api/campaigns/" + campaignId + "/launch", null, JsonNode.class);
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode awaitDraft(String campaignId, String draftId) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            found.clear();
            JsonNode drafts = demo().getForEntity("/api/drafts?status=PENDING&campaignId=" + campaignId, JsonNode.class).getBody();
            drafts.forEach(draft -> {
                if (draft.path("id").asText().equals(draftId)) {
                    found.add(draft);
                }
            });
            assertThat(found).hasSize(1);
        });
        return found.get(0);
    }

    private List<ConsumerRecord<String, Object>> awaitRecords(String topic, String key, int count) {
        List<ConsumerRecord<String, Object>> found = new ArrayList<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            found.clear();
            readTopic(topic).stream().filter(record -> key.equals(record.key())).forEach(found::add);
            assertThat(found).hasSize(count);
        });
        return found;
    }

    /** Every record on the topic right now, from the beginning, decoded by the kit's Avro deserializer. */
    private List<ConsumerRecord<String, Object>> readTopic(String topic) {
        try (Consumer<String, Object> consumer = consumers.createConsumer("probe-" + UUID.randomUUID(), null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, Object>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The service's consumer group has committed every record of every topic it reads. */
    private void awaitServiceConsumedEverything() {
        List<String> inputs = Arrays.stream(EventTopic.values()).filter(topic -> topic != EventTopic.CAMPAIGN)
                .map(EventTopic::topicName).toList();
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(serviceGroup).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (String topic : inputs) {
                    for (int partition = 0; partition < EventTopic.PARTITIONS; partition++) {
                        latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
                    }
                }
                var ends = admin.listOffsets(latest).all().get();
                for (TopicPartition partition : latest.keySet()) {
                    long end = ends.get(partition).offset();
                    long done = committed.containsKey(partition) ? committed.get(partition).offset() : 0;
                    assertThat(done).as("consumed offset of " + partition).isEqualTo(end);
                }
            });
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
