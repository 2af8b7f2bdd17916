package io.opensdr.outreach;

import static io.opensdr.outreach.messaging.OutreachEventMother.aCampaignSnapshot;
import static io.opensdr.outreach.messaging.OutreachEventMother.anEmailApproved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EngagementType;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.outreach.domain.ApprovedEmail;
import io.opensdr.outreach.domain.Engagements;
import io.opensdr.outreach.domain.LedgerEntry;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.MessageIds;
import io.opensdr.outreach.domain.SendLedger;
import io.opensdr.outreach.domain.SuppressionList;
import io.opensdr.outreach.domain.TrackingLinks;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What follows an email, on real infrastructure (embedded KRaft broker, the registry,
 * mongo-java-server, GreenMail IMAP): SendGrid's signed events, the open pixel and click
 * redirect, and replies read from the sender's mailbox all become EmailEngagement events on
 * Kafka, once each.
 */
@SpringBootTest(properties = {
        "opensdr.outbox.poll-interval-ms=100",
        "opensdr.outreach.tracking.replies.enabled=true",
        "opensdr.outreach.tracking.replies.address-as-login=true",
        "opensdr.outreach.tracking.replies.poll-interval=200ms"})
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class TrackingIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final int IMAP_PORT = FreePort.find();
    private static final int SMTP_PORT = FreePort.find();
    private static final KeyPair SENDGRID = keyPair();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "outreach-tracking-it");
        properties.add("opensdr.outreach.tracking.replies.port", () -> IMAP_PORT);
        properties.add("opensdr.outreach.smtp-copies.port", () -> IMAP_PORT);
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("opensdr.outreach.tracking.sendgrid-webhook.verification-key",
                () -> Base64.getEncoder().encodeToString(SENDGRID.getPublic().getEncoded()));
    }

    @Autowired MockMvc mvc;
    @Autowired SendLedger ledger;
    @Autowired TrackingLinks links;
    @Autowired Engagements engagements;
    @Autowired SuppressionList suppressions;
    @Autowired PublishedEngagements published;
    @Autowired EventPublisher upstream;

    /**
     * The whole way for an SMTP sender: an approved email leaves through GreenMail with the HTML
     * alternative, its pixel and its tracked booking link are fetched as a mail client would, and
     * the prospect's answer lands in the sender's mailbox.
     */
    @Test
    void shouldTrackAnEmailSentOverSmtpFromItsOpenToItsReply() throws Exception {
        String sender = "e2e@opensdr.example";
        String prospect = "claire.e2e@acme.example";
        upstream.publishAndWait(aCampaignSnapshot("c-e2e", 1, CampaignStatus.ACTIVE, sender).build());
        upstream.publishAndWait(anEmailApproved("p-e2e", "c-e2e", prospect)
                .setBody("Hello Claire,\n\nWould Thursday work? https://cal.example/camille/30min?utm_content=p-e2e\n\nCamille")
                .build());

        await().atMost(EVENTUALLY).until(() -> inboxOf(prospect).size() == 1);
        MimeMessage email = inboxOf(prospect).get(0);
        String html = htmlOf(email);
        String pixel = firstMatch(html, "<img src=\"([^\"]+/api/outreach/track/open/[^\"]+)\"");
        String click = firstMatch(html, "<a href=\"([^\"]+/api/outreach/track/click/[^\"]+)\"");
        String safari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";

        mvc.perform(get(path(pixel)).header("User-Agent", safari)).andExpect(status().isOk());
        mvc.perform(get(path(click)).header("User-Agent", safari))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "https://cal.example/camille/30min?utm_content=p-e2e"));
        GreenMailUser senderMailbox = greenMail.setUser(sender, sender, sender);
        deliver(senderMailbox, "<e2e-reply@acme.example>", "Claire <" + prospect + ">", "Re: " + email.getSubject(),
                "In-Reply-To: " + email.getMessageID() + "\r\nReferences: " + email.getMessageID() + "\r\n");

        await().atMost(EVENTUALLY).until(() -> published.of("p-e2e").size() == 3);
        assertThat(published.of("p-e2e")).extracting(EmailEngagement::getType, EmailEngagement::getMachineGenerated)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EngagementType.OPENED, false),
                        org.assertj.core.groups.Tuple.tuple(EngagementType.CLICKED, false),
                        org.assertj.core.groups.Tuple.tuple(EngagementType.REPLIED, false));
        assertThat(published.of("p-e2e")).allMatch(event -> event.getEmailId().equals("p-e2e:1"));
        assertThat(engagements.hasReplied("p-e2e")).isTrue();
    }

    @Test
    void shouldPublishSignedSendGridEventsOnceAndSuppressASpamReport() throws Exception {
        sent("p-sg", "c-sg", "ines.sg@acme.example", "sg@opensdr.example", MailTransport.Kind.SENDGRID);
        String batch = """
                [{"email": "ines.sg@acme.example", "timestamp": %d, "event": "delivered", "sg_event_id": "it-delivered-1",
                  "sg_message_id": "it-msg.filter0001", "response": "250 OK", "prospect_id": "p-sg", "campaign_id": "c-sg",
                  "email_id": "p-sg:1"},
                 {"email": "ines.sg@acme.example", "timestamp": %d, "event": "spamreport", "sg_event_id": "it-spam-1",
                  "prospect_id": "p-sg", "campaign_id": "c-sg", "email_id": "p-sg:1"}]
                """.formatted(Instant.now().getEpochSecond(), Instant.now().getEpochSecond());

        webhook(batch, SENDGRID).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(2));
        webhook(batch, SENDGRID).andExpect(status().isOk()).andExpect(jsonPath("$.duplicates").value(2));
        webhook(batch.replace("it-spam-1", "it-forged"), keyPair()).andExpect(status().isUnauthorized());

        await().atMost(EVENTUALLY).until(() -> published.of("p-sg").size() == 2);
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.of("p-sg").size() == 2);
        assertThat(published.of("p-sg")).extracting(EmailEngagement::getType)
                .containsExactlyInAnyOrder(EngagementType.DELIVERED, EngagementType.SPAM_REPORTED);
        assertThat(published.of("p-sg")).allSatisfy(event -> {
            assertThat(event.getEmailId()).isEqualTo("p-sg:1");
            assertThat(event.getCampaignId()).isEqualTo("c-sg");
            assertThat(event.getWorkspaceId()).isEqualTo("workspace-1");
        });
        assertThat(suppressions.isSuppressed("workspace-1", "ines.sg@acme.example")).isTrue();
    }

    @Test
    void shouldRecordPixelOpensAndRedirectOnlySignedClicks() throws Exception {
        sent("p-link", "c-link", "paul.link@acme.example", "link@opensdr.example", MailTransport.Kind.SMTP);
        String pixel = links.pixelUrl("p-link:1");
        String click = links.clickUrl("p-link:1", 0, "https://cal.example/camille/30min?utm_content=p-link");

        mvc.perform(get(path(pixel)).header("User-Agent", "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko)"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_GIF))
                .andExpect(header().string("Cache-Control", "no-store, must-revalidate"));
        mvc.perform(get(path(pixel)).header("User-Agent", "Mozilla/5.0 (via ggpht.com GoogleImageProxy)"))
                .andExpect(status().isOk());
        mvc.perform(get(path(click)).header("User-Agent", "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko)"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "https://cal.example/camille/30min?utm_content=p-link"));
        String forged = path(click).replace(click.substring(click.lastIndexOf('.') + 1), "AAAA");
        mvc.perform(get(forged)).andExpect(status().isNotFound()).andExpect(header().doesNotExist("Location"));
        mvc.perform(get("/api/outreach/track/open/not-a-token")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_GIF));

        await().atMost(EVENTUALLY).until(() -> published.of("p-link").size() == 3);
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.of("p-link").size() == 3);
        assertThat(published.of("p-link")).extracting(EmailEngagement::getType, EmailEngagement::getMachineGenerated)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EngagementType.OPENED, false),
                        org.assertj.core.groups.Tuple.tuple(EngagementType.OPENED, true),
                        org.assertj.core.groups.Tuple.tuple(EngagementType.CLICKED, false));
    }

    @Test
    void shouldReadARealReplyAndAnOutOfOfficeFromTheSendersMailbox() throws Exception {
        GreenMailUser mailbox = greenMail.setUser("reply@opensdr.example", "reply@opensdr.example", "reply@opensdr.example");
        LedgerEntry ours = sent("p-reply", "c-reply", "claire.reply@acme.example", "reply@opensdr.example",
                MailTransport.Kind.SMTP);

        deliver(mailbox, "<ooo-1@acme.example>", "claire.reply@acme.example", "Out of Office: Acme",
                "In-Reply-To: " + ours.messageId() + "\r\nAuto-Submitted: auto-replied\r\n");
        await().atMost(EVENTUALLY).until(() -> published.of("p-reply").size() == 1);
        assertThat(published.of("p-reply").get(0).getType()).isEqualTo(EngagementType.AUTO_REPLIED);
        assertThat(engagements.hasReplied("p-reply")).isFalse();

        deliver(mailbox, "<reply-1@acme.example>", "Claire Reply <claire.reply@acme.example>", "Re: Acme",
                "In-Reply-To: " + ours.messageId() + "\r\nReferences: " + ours.messageId() + "\r\n");
        deliver(mailbox, "<colleague-1@acme.example>", "paul@acme.example", "Re: Acme",
                "In-Reply-To: " + ours.messageId() + "\r\n");

        await().atMost(EVENTUALLY).until(() -> published.of("p-reply").size() == 2);
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> published.of("p-reply").size() == 2);
        assertThat(published.of("p-reply").get(1).getType()).isEqualTo(EngagementType.REPLIED);
        assertThat(published.of("p-reply").get(1).getProviderEventId()).isEqualTo("reply:<reply-1@acme.example>");
        assertThat(engagements.hasReplied("p-reply")).isTrue();
        assertThat(suppressions.isSuppressed("workspace-1", "claire.reply@acme.example")).isFalse();
    }

    /** An email the ledger holds as sent, as the sender would have left it. */
    private LedgerEntry sent(String prospectId, String campaignId, String to, String mailbox, MailTransport.Kind transport) {
        Instant now = Instant.now();
        ApprovedEmail approved = new ApprovedEmail(prospectId, 1, prospectId + ":1", campaignId, "workspace-1", to,
                "Someone", "Acme and faster deliveries",
                "Hello,\n\nWould 30 minutes work? https://cal.example/camille/30min?utm_content=" + prospectId, "user-7", now);
        ledger.recordApproved(LedgerEntry.approved(approved));
        LedgerEntry sending = ledger.claim(prospectId + ":1", MessageIds.next(prospectId + ":1"), mailbox, transport, now)
                .orElseThrow();
        ledger.markSent(sending, transport, null, now);
        return sending;
    }

    private org.springframework.test.web.servlet.ResultActions webhook(String body, KeyPair key) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key.getPrivate());
        signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
        signer.update(body.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(post("/api/outreach/webhooks/sendgrid").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Twilio-Email-Event-Webhook-Signature", Base64.getEncoder().encodeToString(signer.sign()))
                .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp));
    }

    private static void deliver(GreenMailUser mailbox, String messageId, String from, String subject, String headers)
            throws Exception {
        String raw = "Message-ID: " + messageId + "\r\nFrom: " + from + "\r\nTo: " + mailbox.getEmail() + "\r\n"
                + "Subject: " + subject + "\r\nDate: Tue, 3 Mar 2026 09:00:00 +0100\r\n" + headers
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThanks.\r\n";
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    /** What landed in this address's own INBOX (a Bcc copy to the sender lands in the sender's). */
    private static List<MimeMessage> inboxOf(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
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

    private static String htmlOf(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlOf(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static String firstMatch(String text, String regex) {
        assertThat(text).as("the HTML alternative").isNotNull();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/api/"));
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class Probes {

        @Bean
        PublishedEngagements publishedEngagements() {
            return new PublishedEngagements();
        }
    }

    /** Reads what outreach publishes on sdr.email-engagement.v1, as the generated class. */
    static class PublishedEngagements {

        private final List<EmailEngagement> received = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.EMAIL_ENGAGEMENT, groupId = "outreach-tracking-it")
        void on(EmailEngagement event) {
            received.add(event);
        }

        List<EmailEngagement> of(String prospectId) {
            return received.stream().filter(event -> event.getProspectId().equals(prospectId)).toList();
        }
    }
}
