package io.opensdr.campaign.web;

import static io.opensdr.campaign.messaging.PipelineEventsMother.aMeetingBooked;
import static io.opensdr.campaign.messaging.PipelineEventsMother.aProspectFound;
import static io.opensdr.campaign.messaging.PipelineEventsMother.aProspectQualified;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEmailApproved;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEmailDrafted;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEmailSent;
import static io.opensdr.campaign.messaging.PipelineEventsMother.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.campaign.domain.Accounts;
import io.opensdr.campaign.domain.Workspace;
import io.opensdr.events.EngagementType;
import io.opensdr.events.MeetingStatus;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.testing.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard on real infrastructure (embedded KRaft broker, Apicurio registry, mongo-java-server):
 * counts that do not move when every topic is consumed again from offset 0, and live updates over
 * server-sent events that reach the workspace's members, and only them, within a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "opensdr.campaign.dashboard.heartbeat-interval=300ms")
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DashboardIT {

    private static final String DEMO_WORKSPACE = "demo-workspace";
    private static final String RIVAL_EMAIL = "rival-it@rival.example";
    private static final String RIVAL_PASSWORD = "rival-password-2026";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "dashboard-it");
    }

    @Autowired TestRestTemplate anonymous;
    @Autowired EventPublisher publisher;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired KafkaListenerEndpointRegistry listeners;
    @Autowired MongoTemplate mongo;
    @Autowired Accounts accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired DashboardStream stream;
    @Autowired ObjectMapper json;
    @Value("${spring.kafka.consumer.group-id}") String serviceGroup;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void seedAMemberOfAnotherWorkspace() {
        accounts.ensureUserInWorkspace(new Workspace("rival-it-workspace", "Rival"), "rival-it-user", RIVAL_EMAIL,
                passwords.encode(RIVAL_PASSWORD));
    }

    @Test
    void shouldCountExactlyTheSameAfterRedeliveriesAndAfterConsumingEveryTopicAgainFromTheStart() throws Exception {
        String campaignId = createCampaign();
        List<SpecificRecord> events = aPipeline(campaignId);
        events.forEach(publisher::publishAndWait);
        events.subList(0, events.size() / 2).forEach(publisher::publishAndWait);
        awaitServiceConsumedEverything();
        JsonNode card = get("/api/dashboard/campaigns/" + campaignId);
        JsonNode tracker = get("/api/dashboard/campaigns/" + campaignId + "/tracker");
        JsonNode metrics = get("/api/campaigns/" + campaignId + "/metrics");
        assertThat(card.at("/campaign/counts/prospectsFound").asLong()).isEqualTo(3);
        assertThat(card.at("/campaign/counts/emailsSent").asLong()).isEqualTo(3);
        assertThat(card.at("/campaign/counts/prospectsContacted").asLong()).isEqualTo(2);
        assertThat(card.at("/campaign/counts/humanOpens").asLong()).isEqualTo(1);
        assertThat(card.at("/campaign/counts/replies").asLong()).isEqualTo(1);
        assertThat(card.at("/campaign/counts/meetingsBooked").asLong()).isEqualTo(1);
        assertThat(card.at("/campaign/counts/hot").asLong()).isEqualTo(1);
        assertThat(card.at("/hotLeads")).hasSize(1);
        assertThat(metrics.path("qualified").asLong()).isEqualTo(1);
        assertThat(metrics.path("inReview").asLong()).isEqualTo(1);
        assertThat(tracker.at("/days/29/counts/emailsSent").asLong()).isEqualTo(3);

        consumeEveryTopicAgainFromTheStart();

        assertThat(get("/api/dashboard/campaigns/" + campaignId)).as("nothing counted twice, version unchanged").isEqualTo(card);
        assertThat(get("/api/dashboard/campaigns/" + campaignId + "/tracker")).isEqualTo(tracker);
        assertThat(get("/api/campaigns/" + campaignId + "/metrics")).isEqualTo(metrics);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("pending").exists(true)), "prospect_progress"))
                .as("no operation left pending").isZero();
    }

    @Test
    void shouldPushAnUpdateToTheWorkspaceWithinASecondAndNothingToAnotherWorkspace() throws Exception {
        String campaignId = createCampaign();
        List<String> ours = new CopyOnWriteArrayList<>();
        List<String> theirs = new CopyOnWriteArrayList<>();
        try (Stream<String> demoStream = open("demo@opensdr.io", "demo-password-2026", ours);
             Stream<String> rivalStream = open(RIVAL_EMAIL, RIVAL_PASSWORD, theirs)) {
            await().atMost(PATIENCE).until(() -> events(ours).size() == 1 && events(theirs).size() == 1);
            long version = events(ours).get(0).path("version").asLong();

            publisher.publishAndWait(aProspectFound(DEMO_WORKSPACE, campaignId, "prospect-" + UUID.randomUUID()).build());
            Instant published = Instant.now();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> workspaceVersion() > version);
            Instant counted = Instant.now();

            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5)).until(() -> events(ours).size() >= 2);
            Instant pushed = Instant.now();
            System.out.printf("dashboard stream: counted %d ms after the publish, pushed %d ms after the count%n",
                    Duration.between(published, counted).toMillis(), Duration.between(counted, pushed).toMillis());
            JsonNode update = events(ours).get(events(ours).size() - 1);
            assertThat(update.path("version").asLong()).isGreaterThan(version);
            assertThat(update.at("/metricsBar/prospectsFound").asLong())
                    .isEqualTo(events(ours).get(0).at("/metricsBar/prospectsFound").asLong() + 1);
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> events(theirs).size() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> ours.contains(":heartbeat") && theirs.contains(":heartbeat"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> stream.subscriberCount() == 0);
    }

    private List<SpecificRecord> aPipeline(String campaignId) {
        String ada = "prospect-" + UUID.randomUUID();
        String bob = "prospect-" + UUID.randomUUID();
        String eve = "prospect-" + UUID.randomUUID();
        var review = aProspectQualified(DEMO_WORKSPACE, campaignId, ada, QualificationDecision.REVIEW).build();
        return List.of(
                aProspectFound(DEMO_WORKSPACE, campaignId, ada).build(),
                aProspectFound(DEMO_WORKSPACE, campaignId, bob).build(),
                aProspectFound(DEMO_WORKSPACE, campaignId, eve).build(),
                aProspectQualified(DEMO_WORKSPACE, campaignId, ada, QualificationDecision.QUALIFIED).setHot(true)
                        .setTotalScore(91).setOccurredAt(review.getOccurredAt().plus(1, ChronoUnit.MINUTES)).build(),
                review,
                aProspectQualified(DEMO_WORKSPACE, campaignId, bob, QualificationDecision.REVIEW).build(),
                aProspectQualified(DEMO_WORKSPACE, campaignId, eve, QualificationDecision.REJECTED).build(),
                anEmailDrafted(DEMO_WORKSPACE, campaignId, ada, "draft-" + ada).build(),
                anEmailApproved(DEMO_WORKSPACE, campaignId, ada).build(),
                anEmailSent(DEMO_WORKSPACE, campaignId, ada).build(),
                anEmailSent(DEMO_WORKSPACE, campaignId, ada).setStep(2).setEmailId(ada + ":2").build(),
                anEmailSent(DEMO_WORKSPACE, campaignId, bob).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.DELIVERED).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.OPENED).setMachineGenerated(true).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.OPENED).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, ada, EngagementType.REPLIED).build(),
                anEngagement(DEMO_WORKSPACE, campaignId, bob, EngagementType.BOUNCED).build(),
                aMeetingBooked(DEMO_WORKSPACE, campaignId, ada).setStatus(MeetingStatus.BOOKED).build());
    }

    /** Stops the service's consumers, moves its group back to offset 0 on every input topic, and starts them again. */
    private void consumeEveryTopicAgainFromTheStart() throws Exception {
        listeners.stop();
        try (AdminClient admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            inputPartitions().forEach(partition -> start.put(partition, new OffsetAndMetadata(0)));
            await().atMost(PATIENCE).ignoreExceptions()
                    .until(() -> admin.alterConsumerGroupOffsets(serviceGroup, start).all().get() == null);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(serviceGroup).partitionsToOffsetAndMetadata().get();
            assertThat(committed.values()).allSatisfy(offset -> assertThat(offset.offset()).isZero());
        }
        listeners.start();
        awaitServiceConsumedEverything();
    }

    private void awaitServiceConsumedEverything() {
        try (AdminClient admin = admin()) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(serviceGroup).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                inputPartitions().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (TopicPartition partition : latest.keySet()) {
                    long end = ends.get(partition).offset();
                    long done = committed.containsKey(partition) ? committed.get(partition).offset() : 0;
                    assertThat(done).as("consumed offset of " + partition).isEqualTo(end);
                }
            });
        }
    }

    private static List<TopicPartition> inputPartitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        Arrays.stream(EventTopic.values()).filter(topic -> topic != EventTopic.CAMPAIGN).forEach(topic -> {
            for (int partition = 0; partition < EventTopic.PARTITIONS; partition++) {
                partitions.add(new TopicPartition(topic.topicName(), partition));
            }
        });
        return partitions;
    }

    private AdminClient admin() {
        return AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    /** Reads the stream's lines into {@code lines} on a background thread. */
    private Stream<String> open(String email, String password, List<String> lines) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dashboard/stream"))
                .header("Authorization", "Basic " + basic).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Stream<String> body = response.body();
        Thread reader = new Thread(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return body;
    }

    /** The data of each {@code dashboard} event received so far. */
    private List<JsonNode> events(List<String> lines) {
        List<JsonNode> events = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).equals("event:dashboard")) {
                for (int j = i + 1; j < lines.size() && !lines.get(j).isEmpty(); j++) {
                    if (lines.get(j).startsWith("data:")) {
                        try {
                            events.add(json.readTree(lines.get(j).substring(5)));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }
        return events;
    }

    private long workspaceVersion() {
        Document totals = mongo.findById("w:" + DEMO_WORKSPACE, Document.class, "dashboard_totals");
        return totals == null ? 0 : ((Number) totals.get("v")).longValue();
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = demo().getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private TestRestTemplate demo() {
        return anonymous.withBasicAuth("demo@opensdr.io", "demo-password-2026");
    }

    private String createCampaign() {
        ResponseEntity<JsonNode> created = demo().postForEntity("/api/campaigns", Map.of(
                "name", "Dashboard IT", "sector", "Software",
                "targetProfile", Map.of("titles", List.of("VP Sales"), "countries", List.of("FR")),
                "emailTemplate", Map.of("subject", "Hello {{firstName}}", "body", "Hi {{firstName}} — {{senderName}}"),
                "meeting", Map.of("days", List.of("MONDAY"), "startHour", 9, "endHour", 17, "timeZone", "Europe/Paris")),
                JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asText();
    }
}
