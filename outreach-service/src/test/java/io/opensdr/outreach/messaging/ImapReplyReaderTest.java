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
                OURS, SALES);

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
    void shouldLeaveTheCursorWhereItWasWhenTheMailboxCannotBeRead() {
        ImapReplyReader wrongPassword = new ImapReplyReader(sent, cursors, new ReplyDetection(sent, engagements),
                new ImapReplyReader.Settings("127.0.0.1", IMAP.getPort(), false, "INBOX", Duration.ofSeconds(5),
                        mailbox -> Optional.of(new ImapReplyReader.Account(mailbox, "wrong"))),
                Clock.systemUTC());

        wrongPassword.readAll();

        assertThat(cursors.byMailbox).isEmpty();
        assertThat(engagements.recorded).isEmpty();
    }

    private ImapReplyReader reader(Cursors cursors) {
        return new ImapReplyReader(sent, cursors, new ReplyDetection(sent, engagements),
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
