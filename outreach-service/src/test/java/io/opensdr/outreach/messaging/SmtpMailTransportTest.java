package io.opensdr.outreach.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.outreach.domain.MailDeliveryException;
import io.opensdr.outreach.domain.MessageIds;
import io.opensdr.outreach.domain.OutgoingEmail;
import io.opensdr.outreach.domain.SentCopies;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP transport and the IMAP copies against GreenMail. */
class SmtpMailTransportTest {

    private static final int SMTP = FreePort.find();
    private static final int IMAP = FreePort.find();
    private static final String SENDER = "sales@opensdr.example";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(IMAP, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private final ImapSentCopies inbox = copies("INBOX");

    private static ImapSentCopies copies(String folder) {
        return new ImapSentCopies(new ImapSentCopies.Settings("imap", "127.0.0.1", IMAP, folder, null, "any", 5000));
    }

    private static JavaMailSenderImpl mailSender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static OutgoingEmail anEmail(String prospectId) {
        return new OutgoingEmail(MessageIds.next(prospectId + ":1"), "workspace-1", "campaign-1", prospectId,
                prospectId + ":1", SENDER, "Camille Durand", prospectId + "@acme.example", "Claire Martin",
                "Acme Logistics and faster deliveries", "Hello Claire,\n\nWould Wednesday work?", null, Map.of());
    }

    private static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void shouldSendTextWithAnHtmlAlternativeTheExtraHeadersAndTheLedgersMessageId() throws Exception {
        SmtpMailTransport transport = new SmtpMailTransport(mailSender(SMTP), SmtpMailTransport.CopyMode.NONE, m -> { });
        OutgoingEmail email = anEmail("p-html").withHtmlBody("<p>Hello Claire,</p>")
                .withHeader("List-Unsubscribe", "<https://sdr.example/u/t>")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        assertThat(transport.send(email)).isEqualTo(email.messageId());

        MimeMessage received = greenMail.getReceivedMessagesForDomain("p-html@acme.example")[0];
        assertThat(received.getMessageID()).isEqualTo(email.messageId());
        assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<https://sdr.example/u/t>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        MimeMultipart alternative = findAlternative((MimeMultipart) received.getContent());
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(((String) alternative.getBodyPart(1).getContent())).isEqualTo("<p>Hello Claire,</p>");
    }

    @Test
    void shouldSendPlainTextAloneWhenThereIsNoHtml() throws Exception {
        new SmtpMailTransport(mailSender(SMTP), SmtpMailTransport.CopyMode.NONE, m -> { }).send(anEmail("p-text"));

        MimeMessage received = greenMail.getReceivedMessagesForDomain("p-text@acme.example")[0];
        assertThat(received.getContentType()).startsWith("text/plain");
        assertThat(((String) received.getContent()).trim()).isEqualTo("Hello Claire,\r\n\r\nWould Wednesday work?".trim()
                .replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    @Test
    void shouldGiveTheSenderABccCopyInTheSameTransactionThatItsMessageIdFinds() throws Exception {
        SmtpMailTransport transport = new SmtpMailTransport(mailSender(SMTP), SmtpMailTransport.CopyMode.BCC, m -> { });
        OutgoingEmail email = anEmail("p-bcc");

        assertThat(inbox.find(SENDER, email.messageId())).isEqualTo(SentCopies.Lookup.NOT_FOUND);
        transport.send(email);

        assertThat(inbox.find(SENDER, email.messageId())).isEqualTo(SentCopies.Lookup.FOUND);
        assertThat(inbox.find(SENDER, MessageIds.next("p-other:1"))).isEqualTo(SentCopies.Lookup.NOT_FOUND);
        MimeMessage toProspect = greenMail.getReceivedMessagesForDomain("p-bcc@acme.example")[0];
        assertThat(toProspect.getHeader("Bcc")).as("the Bcc stays hidden").isNull();
    }

    @Test
    void shouldAppendTheSentMessageToTheSentFolderWhenAsked() {
        ImapSentCopies sent = copies("Sent");
        SmtpMailTransport transport = new SmtpMailTransport(mailSender(SMTP), SmtpMailTransport.CopyMode.APPEND,
                sent::append);
        OutgoingEmail email = anEmail("p-append");

        transport.send(email);

        assertThat(sent.find(SENDER, email.messageId())).isEqualTo(SentCopies.Lookup.FOUND);
        assertThat(inbox.find(SENDER, email.messageId())).isEqualTo(SentCopies.Lookup.NOT_FOUND);
    }

    @Test
    void shouldSayUnknownWhenTheMailboxCannotBeReached() {
        ImapSentCopies nowhere = new ImapSentCopies(new ImapSentCopies.Settings("imap", "127.0.0.1", FreePort.find(),
                "INBOX", null, "any", 1000));

        assertThat(nowhere.find(SENDER, MessageIds.next("p-1:1"))).isEqualTo(SentCopies.Lookup.UNKNOWN);
    }

    @Test
    void shouldReportAnUnreachableServerAsARetryableFailure() {
        SmtpMailTransport transport = new SmtpMailTransport(mailSender(FreePort.find()));

        assertThatThrownBy(() -> transport.send(anEmail("p-down")))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.isRetryable()).isTrue());
    }

    private static MimeMultipart findAlternative(MimeMultipart multipart) throws Exception {
        if (multipart.getContentType().startsWith("multipart/alternative")) {
            return multipart;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                return findAlternative(nested);
            }
        }
        throw new AssertionError("no multipart/alternative in " + multipart.getContentType());
    }
}
