package io.opensdr.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.opensdr.kit.testing.ChildJvm;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.kit.testing.TestRegistry;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Exactly once across a crash: the real outreach service runs as a child JVM against an embedded
 * KRaft broker, the Apicurio registry, mongo-java-server on a TCP port and GreenMail (SMTP and
 * IMAP). A batch of approved emails is put in the ledger; the service is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) twice while it sends, and restarted each time. At the end
 * every recipient's INBOX holds its email exactly once, and every ledger entry is SENT.
 */
class SendCrashRecoveryIT {

    private static final int BATCH = 40;
    private static final String CAMPAIGN = "c-crash";
    private static final String SENDER = "crash@opensdr.example";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private final String database = "outreach-crash-" + UUID.randomUUID().toString().substring(0, 8);
    private final int smtpPort = FreePort.find();
    private final int imapPort = FreePort.find();
    private EmbeddedKafkaKraftBroker kafka;
    private GreenMail greenMail;
    private MongoClient mongoClient;
    private MongoDatabase mongo;
    private Process service;
    private final List<String> crashReports = new ArrayList<>();

    @BeforeEach
    void startInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        mongoClient = MongoClients.create(TestMongo.uri(database));
        mongo = mongoClient.getDatabase(database);
    }

    @AfterEach
    void stopEverything() {
        if (service != null) {
            service.destroyForcibly();
        }
        mongoClient.close();
        greenMail.stop();
        kafka.destroy();
        crashReports.forEach(System.out::println);
    }

    @Test
    void shouldSendEveryApprovedEmailExactlyOnceThoughTheSenderIsKilledTwiceInTheMiddle() throws Exception {
        seedAnActiveCampaignAndApproveABatch();

        service = startService("run-1");
        killOnce(BATCH / 4, "run-1");
        service = startService("run-2");
        killOnce(BATCH / 2, "run-2");
        service = startService("run-3");

        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200))
                .until(() -> ledger().countDocuments(Filters.eq("status", "SENT")) == BATCH);
        // Nothing more leaves afterwards (a late resend would show here).
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> totalDelivered() == BATCH);

        for (int i = 1; i <= BATCH; i++) {
            String recipient = recipient(i);
            List<MimeMessage> inbox = inboxOf(recipient);
            assertThat(inbox).as("the INBOX of %s", recipient).hasSize(1);
            Document entry = ledger().find(Filters.eq("_id", "p-" + i + ":1")).first();
            assertThat(inbox.get(0).getMessageID()).isEqualTo(entry.getString("messageId"));
        }
        assertThat(inboxOf(SENDER)).as("the sender's Bcc copies, one per email").hasSize(BATCH);
    }

    /** Waits until at least {@code deliveredAtLeast} emails are in GreenMail, then SIGKILLs the service. */
    private void killOnce(int deliveredAtLeast, String run) throws InterruptedException {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(5)).until(() -> totalDelivered() >= deliveredAtLeast);
        service.destroyForcibly();
        service.waitFor();
        List<String> delivered = new ArrayList<>();
        for (int i = 1; i <= BATCH; i++) {
            inboxOf(recipient(i)).forEach(message -> delivered.add(messageIdOf(message)));
        }
        List<String> sending = new ArrayList<>();
        ledger().find(Filters.eq("status", "SENDING")).forEach(entry -> sending.add(entry.getString("messageId")));
        long leftButUnrecorded = sending.stream().filter(delivered::contains).count();
        crashReports.add("SendCrashRecoveryIT " + run + " killed with " + delivered.size() + " of " + BATCH
                + " delivered, " + ledger().countDocuments(Filters.eq("status", "SENT")) + " SENT and " + sending.size()
                + " SENDING in the ledger, of which " + leftButUnrecorded + " had left (the crash window)");
    }

    private long totalDelivered() {
        long count = 0;
        for (int i = 1; i <= BATCH; i++) {
            count += inboxOf(recipient(i)).size();
        }
        return count;
    }

    private Process startService(String run) {
        return ChildJvm.mainClass("outreach", OutreachApplication.class,
                "--server.port=" + FreePort.find(),
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--opensdr.registry-url=" + TestRegistry.apicurioApi(),
                "--spring.data.mongodb.uri=" + TestMongo.uri(database),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=2000",
                "--spring.mail.properties.mail.smtp.writetimeout=2000",
                "--opensdr.outreach.smtp-copies.mode=BCC",
                "--opensdr.outreach.smtp-copies.port=" + imapPort,
                "--opensdr.outreach.sending.poll-interval=20ms",
                "--opensdr.outreach.sending.min-spacing=0s",
                "--opensdr.outreach.sending.max-jitter=0s",
                "--opensdr.outreach.sending.ramp-days=0",
                "--opensdr.outreach.sending.honour-campaign-window=false",
                // Longer than the SMTP timeouts, so an email still being sent is never taken for a stuck one.
                "--opensdr.outreach.sending.stuck-after=8s",
                "--opensdr.outreach.sending.stuck-report-interval=500ms")
                .jvmFlags("-Xmx384m", "-XX:TieredStopAtLevel=1")
                .logFile(Path.of("target", "send-crash-" + database + "-" + run + ".log")).start().process();
    }

    private void seedAnActiveCampaignAndApproveABatch() {
        Date now = Date.from(Instant.now());
        mongo.getCollection("campaigns").insertOne(new Document("_id", CAMPAIGN)
                .append("workspaceId", "workspace-1").append("revision", 1L).append("status", "ACTIVE")
                .append("templateSubject", "Hello {{firstName}}").append("templateBody", "Hello {{firstName}}")
                .append("senderEmail", SENDER).append("senderName", "Camille Durand").append("dailyCap", 1000)
                .append("meetingLink", null).append("storedAt", now)
                .append("name", "Crash test").append("sector", "Logistics").append("source", "DEMO")
                .append("transport", "SMTP")
                .append("sendingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                        "SUNDAY"))
                .append("sendingStartHour", 0).append("sendingEndHour", 24).append("sendingZone", "UTC")
                .append("campaignDailyCap", 1000));
        // What Approvals records for each EmailApproved: one APPROVED entry per (prospect, step).
        List<Document> entries = new ArrayList<>();
        for (int i = 1; i <= BATCH; i++) {
            entries.add(new Document("_id", "p-" + i + ":1").append("prospectId", "p-" + i).append("step", 1)
                    .append("draftId", "p-" + i + ":1").append("campaignId", CAMPAIGN)
                    .append("workspaceId", "workspace-1").append("recipientEmail", recipient(i))
                    .append("recipientName", "Prospect " + i).append("subject", "Faster deliveries " + i)
                    .append("body", "Hello " + i + ",\n\nWould Wednesday work?\n\nCamille")
                    .append("status", "APPROVED").append("attempts", 0)
                    .append("approvedAt", Date.from(Instant.now().plusMillis(i))).append("outbox", List.of()));
        }
        ledger().insertMany(entries);
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MongoCollection<Document> ledger() {
        return mongo.getCollection("send_ledger");
    }

    private static String recipient(int i) {
        return "prospect-" + i + "@acme.example";
    }

    private List<MimeMessage> inboxOf(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }
}
