package io.opensdr.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.opensdr.e2e.GatewayClient.Response;
import io.opensdr.e2e.Mailbox.ReceivedEmail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One campaign, from launch to an email in the recipient's mailbox, across every service of the
 * real local stack: Kafka 4 in KRaft mode, Apicurio, mongo-java-server, GreenMail, the four
 * services and the gateway, each its own process, started by the same launcher a developer uses
 * (once for every end-to-end class: {@link SharedLocalStack}).
 */
@ExtendWith(SharedLocalStack.class)
@Order(1)
class CampaignFlowE2EIT {

    private static final String DEMO_EMAIL = "demo@opensdr.io";
    private static final String DEMO_PASSWORD = "demo-password-2026";
    private static final Duration PIPELINE = Duration.ofMinutes(3);

    private static Path root;
    private static LocalStackProcess stack;
    private static GatewayClient user;

    @BeforeAll
    static void useTheLocalStack(LocalStackProcess shared) {
        root = repositoryRoot();
        stack = shared;
        user = new GatewayClient(stack.gatewayUrl(), DEMO_EMAIL, DEMO_PASSWORD);
    }

    @Test
    void shouldTakeOneCampaignFromLaunchToASentEmail() throws Exception {
        Response me = user.get("/api/me");
        assertThat(me.status()).as(me.raw()).isEqualTo(200);
        assertThat(me.body().path("email").asText()).isEqualTo(DEMO_EMAIL);

        Response created = user.post("/api/campaigns", demoCampaign());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("status").asText()).isEqualTo("DRAFT");
        String campaignId = created.body().path("id").asText();

        Response templateApproved = user.post("/api/campaigns/" + campaignId + "/email-template/approve", null);
        assertThat(templateApproved.status()).as(templateApproved.raw()).isEqualTo(200);
        // The launch carries a trace id of the test's choosing: every event it causes must carry it on.
        String traceId = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
                .putLong(System.nanoTime()).putLong(new java.util.Random().nextLong() | 1).array());
        Response launched = user.post("/api/campaigns/" + campaignId + "/launch", null,
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(launched.status()).as(launched.raw()).isEqualTo(200);
        assertThat(launched.body().path("status").asText()).isEqualTo("ACTIVE");

        // prospector finds, qualifier scores, outreach drafts; campaign-service counts all of it.
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode metrics = metrics(campaignId);
            assertThat(metrics.path("prospectsFound").asInt()).isPositive();
            assertThat(metrics.path("qualified").asInt()).isPositive();
            assertThat(metrics.path("emailsDrafted").asInt()).isPositive();
        });

        AtomicReference<JsonNode> pending = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response drafts = user.get("/api/drafts?status=PENDING&campaignId=" + campaignId);
            assertThat(drafts.status()).as(drafts.raw()).isEqualTo(200);
            assertThat(drafts.body()).isNotEmpty();
            pending.set(drafts.body().get(0));
        });
        JsonNode draft = pending.get();
        String recipient = draft.path("recipient").path("email").asText();
        String editedSubject = "Edited: " + draft.path("subject").asText();
        String body = draft.path("body").asText();
        assertThat(body).as("merge fields are resolved").doesNotContain("{{")
                .contains(draft.path("recipient").path("firstName").asText());

        Response approved = user.post("/api/drafts/" + draft.path("id").asText() + "/approve",
                Map.of("subject", editedSubject, "body", body));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        // A second press of the button changes nothing and sends nothing more.
        assertThat(user.post("/api/drafts/" + draft.path("id").asText() + "/approve",
                Map.of("subject", editedSubject, "body", body)).status()).isEqualTo(200);

        int imap = stack.port(3143);
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ReceivedEmail> inbox = Mailbox.inbox(imap, recipient);
            assertThat(inbox).singleElement().satisfies(email -> {
                assertThat(email.subject()).isEqualTo(editedSubject);
                assertThat(email.body()).isEqualTo(body.trim());
                assertThat(email.messageId()).isNotBlank();
            });
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode metrics = metrics(campaignId);
            assertThat(metrics.path("emailsApproved").asInt()).isEqualTo(1);
            assertThat(metrics.path("emailsSent").asInt()).isEqualTo(1);
        });
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                assertThat(Mailbox.inbox(imap, recipient)).as("sent exactly once").hasSize(1));

        // One trace from the launch request to the sent email: every record about this prospect, on
        // every topic, carries the launch's trace id (W3C traceparent header), across the four services.
        String brokers = "127.0.0.1:" + stack.port(9092);
        String prospectId = draft.path("prospectId").asText();
        assertThat(RecordTraces.traceIds(brokers, "sdr.campaign.v1", campaignId)).as("the launch's snapshot").contains(traceId);
        for (String topic : List.of("sdr.prospect-found.v1", "sdr.prospect-qualified.v1", "sdr.email-drafted.v1",
                "sdr.email-approved.v1", "sdr.email-sent.v1")) {
            assertThat(RecordTraces.traceIds(brokers, topic, prospectId)).as(topic + " records of " + prospectId)
                    .isNotEmpty().containsOnly(traceId);
        }

        // An independent Confluent-protocol client decodes what prospector-service produced.
        List<JsonNode> records = ConfluentProtocolClient.decode(root, "127.0.0.1:" + stack.port(9092),
                "http://127.0.0.1:" + stack.port(8081) + "/apis/ccompat/v7", "sdr.prospect-found.v1", 1);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.path("value").path("prospectId").asText()).isEqualTo(record.path("key").asText());
            assertThat(record.path("value").path("campaignId").asText()).isEqualTo(campaignId);
            assertThat(record.path("value").path("person").path("lastName").asText()).isNotBlank();
        });

        // Pause: prospecting stops, and the campaign says so.
        Response paused = user.post("/api/campaigns/" + campaignId + "/pause", null);
        assertThat(paused.body().path("status").asText()).isEqualTo("PAUSED");
        // Events already on their way still land; after that the count holds still, through
        // several of the prospector's 2-second ticks.
        AtomicInteger lastSeen = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    int now = prospectsFound(campaignId);
                    return now == lastSeen.getAndSet(now);
                });
        int settled = prospectsFound(campaignId);
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10))
                .until(() -> prospectsFound(campaignId) == settled);
    }

    @Test
    void shouldRefuseAWrongPasswordWithAProblemDetail() throws Exception {
        Response response = new GatewayClient(stack.gatewayUrl(), DEMO_EMAIL, "not-the-password").get("/api/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().path("status").asInt()).isEqualTo(401);
    }

    private static int prospectsFound(String campaignId) throws Exception {
        return metrics(campaignId).path("prospectsFound").asInt();
    }

    private static JsonNode metrics(String campaignId) throws Exception {
        Response metrics = user.get("/api/campaigns/" + campaignId + "/metrics");
        assertThat(metrics.status()).as(metrics.raw()).isEqualTo(200);
        return metrics.body();
    }

    private static Map<String, Object> demoCampaign() {
        return Map.of(
                "name", "E2E campaign",
                "sector", "Software",
                "targetProfile", Map.of(
                        "titles", List.of("VP Sales", "Head of Sales", "Chief Revenue Officer"),
                        "seniorities", List.of("C_LEVEL", "VP", "DIRECTOR", "HEAD"),
                        "companySizes", List.of("51-200", "201-500", "501-1000"),
                        "industries", List.of("Software", "Fintech"),
                        "countries", List.of("FR", "DE", "GB")),
                "emailTemplate", Map.of(
                        "subject", "{{companyName}} and faster pipeline reviews",
                        "body", "Hello {{firstName}},\n\nAs {{title}} at {{companyName}}, you may like how teams "
                                + "like yours book more meetings. Would 30 minutes next week work? {{meetingLink}}\n\n{{senderName}}"),
                "meeting", Map.of(
                        "days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        "startHour", 9, "endHour", 17, "timeZone", "Europe/Paris",
                        "schedulerLink", "https://cal.example/demo/30min"),
                "threshold", 50,
                "dailyProspectQuota", 40);
    }

    private static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("not inside the OpenSDR checkout");
        }
        return folder;
    }
}
