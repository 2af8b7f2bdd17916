package io.opensdr.outreach;

import static io.opensdr.outreach.messaging.OutreachEventMother.aCampaignSnapshot;
import static io.opensdr.outreach.messaging.OutreachEventMother.aContact;
import static io.opensdr.outreach.messaging.OutreachEventMother.aProspectQualified;
import static io.opensdr.outreach.messaging.OutreachEventMother.aProspectReviewed;
import static io.opensdr.outreach.messaging.OutreachEventMother.anEmailApproved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.EmailDrafted;
import io.opensdr.events.EmailSent;
import io.opensdr.events.MailTransport;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.ProspectReviewed;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.ReviewDecision;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import org.springframework.http.HttpHeaders;
import io.opensdr.outreach.domain.CampaignStore;
import io.opensdr.outreach.messaging.CampaignSnapshotMapper;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service on real infrastructure: an embedded KRaft broker, the Apicurio registry,
 * mongo-java-server and a GreenMail SMTP server. The test plays campaign-service and
 * qualifier-service (it publishes their events) and reads what outreach publishes back as the
 * generated classes.
 */
@SpringBootTest(properties = {
        "opensdr.outreach.sending.poll-interval=100ms",
        "opensdr.outbox.poll-interval-ms=100"})
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
// Closes the service while mongo-java-server and the registry still run: left to the JVM's exit,
// the context would stop in parallel with them and the sender would wait for a vanished database.
@DirtiesContext
class OutreachServiceIT {

    private static final int SMTP_PORT = FreePort.find();
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    /** How long "nothing more happens" is watched for. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "outreach-it");
        TOKENS.register(properties);
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** Access tokens as campaign-service signs them, checked against their JWKS over HTTP. */
    static final TestTokens TOKENS = TestTokens.start();

    @Autowired EventPublisher upstream;
    @Autowired PublishedEvents published;
    @Autowired MongoTemplate mongo;
    @Autowired MockMvc mvc;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired CampaignStore campaigns;

    @Test
    void shouldDraftAQualifiedProspectOnceEvenWhenTheQualificationIsRedelivered() {
        upstream.publishAndWait(aCampaignSnapshot("c-draft", 1, CampaignStatus.ACTIVE, "draft@opensdr.example").build());
        ProspectQualified qualified = aProspectQualified("p-draft", "c-draft", "claire.draft@acme.example").build();
        ProspectQualified inReview = aProspectQualified("p-review", "c-draft", "paul.review@acme.example")
                .setDecision(QualificationDecision.REVIEW).build();

        upstream.publishAndWait(inReview);
        upstream.publishAndWait(qualified);
        upstream.publishAndWait(qualified);

        await().atMost(EVENTUALLY).until(() -> published.draftedFor("p-draft").size() == 1);
        EmailDrafted drafted = published.draftedFor("p-draft").get(0);
        assertThat(drafted.getDraftId()).isEqualTo("p-draft:1");
        assertThat(drafted.getStep()).isEqualTo(1);
        assertThat(drafted.getCampaignId()).isEqualTo("c-draft");
        assertThat(drafted.getWorkspaceId()).isEqualTo("workspace-1");
        assertThat(drafted.getRecipient().getEmail()).isEqualTo("claire.draft@acme.example");
        assertThat(drafted.getSubject()).isEqualTo("Acme Logistics and faster deliveries");
        assertThat(drafted.getBody()).startsWith("Hello Claire,\n\nAs VP Sales at Acme Logistics, would 30 minutes on "
                + "Wednesday work? https://cal.example/camille/30min?name=Claire%20Martin&email=claire.draft%40acme.example"
                + "&utm_source=opensdr&utm_medium=email&utm_campaign=c-draft&utm_content=p-draft\n\nCamille Durand\n\n-- \n"
                + "We found your name, role and work email in the OpenSDR demo directory. You may object to our use of "
                + "them at any time: reply \"no\" to this email, or unsubscribe in one click: "
                + "http://127.0.0.1:8080/api/outreach/unsubscribe/")
                .doesNotContain("{{");
        assertThat(drafted.getBantScore()).isEqualTo(78);
        assertThat(drafted.getGeneratedBy()).isEqualTo(io.opensdr.events.DraftGenerator.TEMPLATE);
        assertThat(drafted.getFallbackReason()).as("no language model configured: nothing fell back").isNull();

        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() ->
                published.draftedFor("p-draft").size() == 1 && published.draftedFor("p-review").isEmpty());
        assertThat(mongo.findById("p-review:1", Document.class, "drafts")).isNull();
    }

    @Test
    void shouldDraftAProspectAHumanQualifiedFromTheReviewBandOnceAndNeverOneAHumanRejected() {
        upstream.publishAndWait(aCampaignSnapshot("c-reviewed", 1, CampaignStatus.ACTIVE, "reviewed@opensdr.example").build());
        ProspectReviewed qualified = aProspectReviewed("p-reviewed", "c-reviewed", "nina.reviewed@acme.example").build();

        upstream.publishAndWait(aProspectReviewed("p-turned-down", "c-reviewed", "omar.down@acme.example")
                .setDecision(ReviewDecision.REJECTED).build());
        upstream.publishAndWait(qualified);
        upstream.publishAndWait(qualified);

        await().atMost(EVENTUALLY).until(() -> published.draftedFor("p-reviewed").size() == 1);
        EmailDrafted drafted = published.draftedFor("p-reviewed").get(0);
        assertThat(drafted.getRecipient().getEmail()).isEqualTo("nina.reviewed@acme.example");
        assertThat(drafted.getBantScore()).isEqualTo(58);
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() ->
                published.draftedFor("p-reviewed").size() == 1 && published.draftedFor("p-turned-down").isEmpty());
    }

    @Test
    void shouldParkAQualificationForAnUnknownCampaignAndDraftItWhenTheSnapshotArrives() {
        upstream.publishAndWait(aProspectQualified("p-early", "c-late", "claire.early@acme.example").build());
        await().atMost(EVENTUALLY).until(() -> mongo.findById("p-early", Document.class, "parked_qualifications") != null);
        assertThat(published.draftedFor("p-early")).isEmpty();

        upstream.publishAndWait(aCampaignSnapshot("c-late", 1, CampaignStatus.ACTIVE, "late@opensdr.example").build());

        await().atMost(EVENTUALLY).until(() -> published.draftedFor("p-early").size() == 1);
        await().atMost(EVENTUALLY).until(() -> mongo.findById("p-early", Document.class, "parked_qualifications") == null);
    }

    @Test
    void shouldSendAnApprovedEmailExactlyOnceEvenWhenTheApprovalIsRedelivered() throws Exception {
        String recipient = "claire.send@acme.example";
        upstream.publishAndWait(aCampaignSnapshot("c-send", 1, CampaignStatus.ACTIVE, "send@opensdr.example").build());
        EmailApproved approved = anEmailApproved("p-send", "c-send", recipient).build();

        upstream.publishAndWait(approved);
        upstream.publishAndWait(approved);

        await().atMost(EVENTUALLY).until(() -> messagesTo(recipient).size() == 1);
        await().atMost(EVENTUALLY).until(() -> published.sentFor("p-send").size() == 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() ->
                messagesTo(recipient).size() == 1 && published.sentFor("p-send").size() == 1);

        MimeMessage email = messagesTo(recipient).get(0);
        String messageId = mongo.findById("p-send:1", Document.class, "send_ledger").getString("messageId");
        assertThat(email.getMessageID()).isEqualTo(messageId).matches("<p-send-1\\.[0-9a-f]{32}@opensdr\\.local>");
        assertThat(email.getSubject()).isEqualTo(approved.getSubject());
        assertThat(textOf(email)).isEqualTo(approved.getBody());
        assertThat(email.getFrom()[0].toString()).isEqualTo("Camille Durand <send@opensdr.example>");
        assertThat(messagesTo("send@opensdr.example"))
                .as("the sender's own copy, the same SMTP transaction, found by Message-ID after a crash")
                .extracting(MimeMessage::getMessageID).containsExactly(messageId);

        EmailSent sent = published.sentFor("p-send").get(0);
        assertThat(sent.getMessageId()).isEqualTo(messageId);
        assertThat(sent.getEmailId()).isEqualTo("p-send:1");
        assertThat(sent.getDraftId()).isEqualTo("p-send:1");
        assertThat(sent.getTransport()).isEqualTo(MailTransport.SMTP);
        assertThat(sent.getSubject()).isEqualTo(approved.getSubject());

        mvc.perform(get("/api/outreach/campaigns/c-send/ledger-summary")
                        .header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(TestTokens.member("workspace-1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.SENT").value(1))
                .andExpect(jsonPath("$.counts.APPROVED").value(0))
                .andExpect(jsonPath("$.counts.SENDING").value(0))
                .andExpect(jsonPath("$.counts.FAILED").value(0))
                .andExpect(jsonPath("$.stuckInSending").value(0));
    }

    @Test
    void shouldSendNothingWhileTheCampaignIsPausedAndSendOnceItResumes() {
        String recipient = "claire.pause@acme.example";
        upstream.publishAndWait(aCampaignSnapshot("c-pause", 2, CampaignStatus.PAUSED, "pause@opensdr.example").build());
        upstream.publishAndWait(anEmailApproved("p-pause", "c-pause", recipient).build());
        await().atMost(EVENTUALLY).untilAsserted(() -> mvc.perform(get("/api/outreach/campaigns/c-pause/ledger-summary")
                        .header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(TestTokens.member("workspace-1"))))
                .andExpect(jsonPath("$.counts.APPROVED").value(1)));
        await().atMost(EVENTUALLY).until(() -> campaigns.find("c-pause").isPresent());

        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> messagesTo(recipient).isEmpty());
        assertThat(published.sentFor("p-pause")).isEmpty();

        upstream.publishAndWait(aCampaignSnapshot("c-pause", 3, CampaignStatus.ACTIVE, "pause@opensdr.example").build());

        await().atMost(EVENTUALLY).until(() -> messagesTo(recipient).size() == 1);
        await().atMost(EVENTUALLY).until(() -> published.sentFor("p-pause").size() == 1);
    }

    @Test
    void shouldKeepTheNewestSnapshotWhenAnOlderOneArrivesLate() {
        var snapshot = aCampaignSnapshot("c-revisions", 3, CampaignStatus.PAUSED, "rev@opensdr.example");
        assertThat(campaigns.saveIfNewer(CampaignSnapshotMapper.toCampaign(snapshot.build()))).isTrue();

        assertThat(campaigns.saveIfNewer(CampaignSnapshotMapper.toCampaign(
                snapshot.setRevision(2).setStatus(CampaignStatus.ACTIVE).build()))).isFalse();
        assertThat(campaigns.saveIfNewer(CampaignSnapshotMapper.toCampaign(
                snapshot.setRevision(3).setStatus(CampaignStatus.ACTIVE).build()))).isFalse();
        assertThat(campaigns.find("c-revisions").orElseThrow().status())
                .isEqualTo(io.opensdr.outreach.domain.CampaignStatus.PAUSED);

        assertThat(campaigns.saveIfNewer(CampaignSnapshotMapper.toCampaign(
                snapshot.setRevision(4).setStatus(CampaignStatus.ACTIVE).build()))).isTrue();
        assertThat(campaigns.find("c-revisions").orElseThrow().status())
                .isEqualTo(io.opensdr.outreach.domain.CampaignStatus.ACTIVE);
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndKeepConsuming() {
        upstream.publishAndWait(aCampaignSnapshot("c-poison", 1, CampaignStatus.ACTIVE, "poison@opensdr.example").build());
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(TopicNames.PROSPECT_QUALIFIED, "p-poison",
                    "not avro at all".getBytes(StandardCharsets.UTF_8)));
            raw.flush();
        }
        upstream.publishAndWait(aProspectQualified("p-after-poison", "c-poison", "claire.after@acme.example").build());

        byte[] deadLettered = firstRecordValue(EventTopic.PROSPECT_QUALIFIED.deadLetterTopicName(), "p-poison");
        assertThat(new String(deadLettered, StandardCharsets.UTF_8)).isEqualTo("not avro at all");
        await().atMost(EVENTUALLY).until(() -> published.draftedFor("p-after-poison").size() == 1);
    }

    @Test
    void shouldDeadLetterAnApprovalWithoutRecipientAndRecordNothing() {
        EmailApproved invalid = anEmailApproved("p-invalid", "c-invalid", null)
                .setRecipient(aContact(null).build()).build();

        upstream.publishAndWait(invalid);

        byte[] deadLettered = firstRecordValue(EventTopic.EMAIL_APPROVED.deadLetterTopicName(), "p-invalid");
        assertThat(deadLettered[0]).as("re-published in the Confluent wire format").isZero();
        assertThat(mongo.findById("p-invalid:1", Document.class, "send_ledger")).isNull();
    }

    /**
     * What landed in the recipient's own INBOX. The sender's Bcc copy carries the same headers
     * (the Bcc is not in them), so it is told apart by the mailbox it landed in, not by its To.
     */
    private static List<MimeMessage> messagesTo(String recipient) {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(recipient);
        if (user == null) {
            return List.of();
        }
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage).toList();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipientsOf(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? List.of() : Arrays.stream(recipients)
                    .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The decoded plain-text body (the text/plain part when decorators added an HTML alternative),
     * with SMTP's CRLF line ends back to the approved LF.
     */
    private static String textOf(MimeMessage message) {
        try {
            return plainText(message.getContent()).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainText(Object content) throws IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                return plainText(nested);
            }
        }
        throw new IllegalStateException("No text/plain part in " + multipart.getContentType());
    }

    private byte[] firstRecordValue(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<byte[]> found = new CopyOnWriteArrayList<>();
            await().atMost(EVENTUALLY).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record.value());
                    }
                }
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    @TestConfiguration
    static class Probes {

        @Bean
        PublishedEvents publishedEvents() {
            return new PublishedEvents();
        }
    }

    /** Reads what outreach publishes, in its own consumer groups, as the generated classes. */
    static class PublishedEvents {

        private final List<EmailDrafted> drafted = new CopyOnWriteArrayList<>();
        private final List<EmailSent> sent = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.EMAIL_DRAFTED, groupId = "outreach-it-drafted")
        void on(EmailDrafted event) {
            drafted.add(event);
        }

        @KafkaListener(topics = TopicNames.EMAIL_SENT, groupId = "outreach-it-sent")
        void on(EmailSent event) {
            sent.add(event);
        }

        List<EmailDrafted> draftedFor(String prospectId) {
            return drafted.stream().filter(event -> event.getProspectId().equals(prospectId)).toList();
        }

        List<EmailSent> sentFor(String prospectId) {
            return sent.stream().filter(event -> event.getProspectId().equals(prospectId)).toList();
        }
    }
}
