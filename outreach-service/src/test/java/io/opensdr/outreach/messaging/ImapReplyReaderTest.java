package io.opensdr.outreach.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.outreach.domain.Engagement;
import io.opensdr.outreach.domain.EngagementKind;
import io.opensdr.outreach.domain.Engagements;
import io.opensdr.outreach.domain.MailboxCursors;
import io.opensdr.outreach.domain.ReplyDetection;
import io.opensdr.outreach.domain.SentEmail;
import io.opensdr.outreach.domain.SentEmails;
import io.opensdr.outreach.domain.SuppressionList;
import io.opensdr.outreach.domain.SuppressionReason;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reply detection against a real IMAP server (GreenMail), where login and password are the address. */
class ImapReplyReaderTest {

    private static final String SALES = "sales@opensdr.example";
    private static final String OURS = "<p-1-1.0123abcd@opensdr.local>";
    private static final ServerSetup IMAP = new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(IMAP);

    private final SentEmails sent = new SentEmails() {
        private final SentEmail claire = new SentEmail("p-1:1", "workspace-1", "c-1", "p-1", "claire@acme.example",
                OURS, SALES, "Hello Claire");

        @Override
        public Optional<SentEmail> byId(String emailId) {
            return Optional.of(claire).filter(email -> email.emailId().equals(emailId));
        }

        @Override
        public Optional<SentEmail> byMessageId(String messageId) {
            return Optional.of(claire).filter(email -> email.messageId().equals(messageId));
        }

        @Override
        public List<String> senderMailboxes() {
            return List.of(SALES, "unconfigured@opensdr.example");
        }
    };
    private final RecordedEngagements engagements = new RecordedEngagements();
    private final Cursors cursors = new Cursors();
    private final Map<String, SuppressionReason> suppressed = new ConcurrentHashMap<>();
    private final SuppressionList suppressions = new SuppressionList() {
        @Override
        public boolean isSuppressed(String workspaceId, String email) {
            return suppressed.containsKey(email);
        }

        @Override
        public void suppress(String workspaceId, String email, SuppressionReason reason, String detail) {
            suppressed.putIfAbsent(email, reason);
        }
    };
    private GreenMailUser sales;

    @BeforeEach
    void mailbox() {
        sales = greenMail.setUser(SALES, SALES, SALES);
    }

    @Test
    void shouldRecordTheRepliesAndAutoRepliesOfTheMailboxOnceAcrossRestarts() throws Exception {
        deliver("<r1@acme.example>", "Claire Martin <claire@acme.example>", "Re: Acme and faster deliveries",
                "In-Reply-To: " + OURS + "\r\nReferences: " + OURS + "\r\n");
        deliver("<ooo@acme.example>", "claire@acme.example", "Abwesenheitsnotiz: Acme",
                "In-Reply-To: " + OURS + "\r\n");
        deliver("<hdr@acme.example>", "claire@acme.example", "Re: Acme",
                "References: " + OURS + "\r\nAuto-Submitted: auto-replied\r\n");
        deliver("<colleague@acme.example>", "paul@acme.example", "Re: Acme", "In-Reply-To: " + OURS + "\r\n");
        deliver("<news@acme.example>", "claire@acme.example", "Our newsletter", "");

        reader(cursors).readAll();

        assertThat(engagements.recorded).extracting(Engagement::providerEventId, Engagement::kind).containsExactly(
                tuple("reply:<r1@acme.example>", EngagementKind.REPLIED),
                tuple("reply:<ooo@acme.example>", EngagementKind.AUTO_REPLIED),
                tuple("reply:<hdr@acme.example>", EngagementKind.AUTO_REPLIED));
        assertThat(engagements.recorded).allMatch(e -> e.prospectId().equals("p-1") && e.emailId().equals("p-1:1"));
        assertThat(cursors.byMailbox.get(SALES).lastUid()).isEqualTo(5);
        assertThat(cursors.byMailbox).doesNotContainKey("unconfigured@opensdr.example");

        // A restart reads on from the cursor: nothing is read, let alone recorded, twice.
        assertThat(reader(cursors).read(SALES, new ImapReplyReader.Account(SALES, SALES))).isZero();

        // A cursor lost (or a new UIDVALIDITY) re-reads the mailbox, and the Message-IDs keep it from counting twice.
        Cursors lost = new Cursors();
        assertThat(reader(lost).read(SALES, new ImapReplyReader.Account(SALES, SALES))).isEqualTo(5);
        assertThat(engagements.recorded).hasSize(3);
        assertThat(engagements.attempts).hasSize(6);

        deliver("<r2@acme.example>", "claire@acme.example", "Re: Re: Acme", "In-Reply-To: <r1-answer@opensdr.local>\r\n"
                + "References: " + OURS + " <r1@acme.example> <r1-answer@opensdr.local>\r\n");
        assertThat(reader(cursors).read(SALES, new ImapReplyReader.Account(SALES, SALES))).isEqualTo(1);
        assertThat(engagements.recorded).last().extracting(Engagement::providerEventId, Engagement::kind)
                .containsExactly("reply:<r2@acme.example>", EngagementKind.REPLIED);
    }

    @Test
    void shouldSuppressTheAddressWhenTheReplyObjectsEvenInAMultipartEmail() throws Exception {
        String raw = "Message-ID: <objection@acme.example>\r\n"
                + "From: claire@acme.example\r\n"
                + "To: " + SALES + "\r\n"
                + "Subject: Re: Acme\r\n"
                + "In-Reply-To: " + OURS + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"A\"\r\n\r\n"
                + "--A\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Merci de ne plus me contacter.\r\n\r\nLe mar. 3 mars 2026, Sales a écrit :\r\n> Bonjour Claire\r\n"
                + "--A\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Merci de ne plus me contacter.</p>\r\n"
                + "--A--\r\n";
        sales.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
        deliver("<happy@acme.example>", "claire@acme.example", "Re: Acme", "In-Reply-To: " + OURS + "\r\n");

        reader(cursors).readAll();

        assertThat(engagements.recorded).extracting(Engagement::kind)
                .containsExactly(EngagementKind.REPLIED, EngagementKind.REPLIED);
        assertThat(suppressed).containsExactly(java.util.Map.entry("claire@acme.example", SuppressionReason.OBJECTED));
    }

    @Test
    void shouldRecordABounceReportAboutOurEmailAndSuppressTheAddress() throws Exception {
        String report = "Message-ID: <dsn-1@mx.opensdr.example>\r\n"
                + "From: Mail Delivery System <MAILER-DAEMON@mx.opensdr.example>\r\n"
                + "To: " + SALES + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Date: Tue, 3 Mar 2026 09:00:00 +0100\r\n"
                + "Auto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
                + "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.opensdr.example\r\n"
                + "Arrival-Date: Tue, 3 Mar 2026 08:59:58 +0100\r\n\r\n"
                + "Final-Recipient: rfc822; claire@acme.example\r\n"
                + "Original-Recipient: rfc822;claire@acme.example\r\n"
                + "Action: failed\r\n"
                + "Status: 5.1.1\r\n"
                + "Remote-MTA: dns; mx.acme.example\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 <claire@acme.example>:\r\n"
                + "    Recipient address rejected: User unknown\r\n\r\n"
                + "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "Message-ID: " + OURS + "\r\n"
                + "From: Camille <" + SALES + ">\r\n"
                + "To: claire@acme.example\r\n"
                + "Subject: Acme and faster deliveries\r\n\r\n"
                + "--B--\r\n";
        sales.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8))));

        reader(cursors).readAll();

        assertThat(engagements.recorded).singleElement().satisfies(engagement -> {
            assertThat(engagement.kind()).isEqualTo(EngagementKind.BOUNCED);
            assertThat(engagement.emailId()).isEqualTo("p-1:1");
            assertThat(engagement.detail()).isEqualTo("bounce 5.1.1: smtp; 550 5.1.1 <[address]>: "
                    + "Recipient address rejected: User unknown");
        });
        assertThat(suppressed).containsEntry("claire@acme.example", SuppressionReason.HARD_BOUNCED);
    }

    @Test
    void shouldReadABigMailboxOverSeveralPasses() throws Exception {
        for (int i = 0; i < ImapReplyReader.BATCH + 5; i++) {
            deliver("<n" + i + "@acme.example>", "someone" + i + "@acme.example", "Newsletter " + i, "");
        }
        deliver("<late-reply@acme.example>", "claire@acme.example", "Re: Acme", "In-Reply-To: " + OURS + "\r\n");
        ImapReplyReader.Account login = new ImapReplyReader.Account(SALES, SALES);

        assertThat(reader(cursors).read(SALES, login)).isEqualTo(ImapReplyReader.BATCH);
        assertThat(engagements.recorded).isEmpty();
        assertThat(reader(cursors).read(SALES, login)).isEqualTo(6);
        assertThat(reader(cursors).read(SALES, login)).isZero();

        assertThat(engagements.recorded).extracting(Engagement::providerEventId).containsExactly("reply:<late-reply@acme.example>");
    }

    @Test
    void shouldLeaveTheCursorWhereItWasWhenTheMailboxCannotBeRead() {
        ImapReplyReader wrongPassword = new ImapReplyReader(sent, cursors, new ReplyDetection(sent, engagements, suppressions),
                new ImapReplyReader.Settings("127.0.0.1", IMAP.getPort(), false, "INBOX", Duration.ofSeconds(5),
                        mailbox -> Optional.of(new ImapReplyReader.Account(mailbox, "wrong"))),
                Clock.systemUTC());

        wrongPassword.readAll();

        assertThat(cursors.byMailbox).isEmpty();
        assertThat(engagements.recorded).isEmpty();
    }

    private ImapReplyReader reader(Cursors cursors) {
        return new ImapReplyReader(sent, cursors, new ReplyDetection(sent, engagements, suppressions),
                new ImapReplyReader.Settings("127.0.0.1", IMAP.getPort(), false, "INBOX", Duration.ofSeconds(5),
                        mailbox -> mailbox.equals(SALES) ? Optional.of(new ImapReplyReader.Account(SALES, SALES))
                                : Optional.empty()),
                Clock.systemUTC());
    }

    /** A message as a mail client writes it, delivered into the sales mailbox. */
    private void deliver(String messageId, String from, String subject, String moreHeaders) throws Exception {
        String raw = "Message-ID: " + messageId + "\r\n"
                + "From: " + from + "\r\n"
                + "To: " + SALES + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Tue, 3 Mar 2026 09:00:00 +0100\r\n"
                + moreHeaders
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Thanks, let's talk.\r\n";
        sales.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    static class RecordedEngagements implements Engagements {
        final List<Engagement> recorded = new CopyOnWriteArrayList<>();
        final List<Engagement> attempts = new CopyOnWriteArrayList<>();

        @Override
        public boolean record(Engagement engagement) {
            attempts.add(engagement);
            if (recorded.stream().anyMatch(e -> e.providerEventId().equals(engagement.providerEventId()))) {
                return false;
            }
            return recorded.add(engagement);
        }

        @Override
        public boolean hasReplied(String prospectId) {
            return recorded.stream().anyMatch(e -> e.prospectId().equals(prospectId) && e.kind() == EngagementKind.REPLIED);
        }
    }

    static class Cursors implements MailboxCursors {
        final Map<String, Cursor> byMailbox = new ConcurrentHashMap<>();

        @Override
        public Optional<Cursor> find(String mailbox) {
            return Optional.ofNullable(byMailbox.get(mailbox));
        }

        @Override
        public void save(Cursor cursor) {
            byMailbox.put(cursor.mailbox(), cursor);
        }
    }
}
