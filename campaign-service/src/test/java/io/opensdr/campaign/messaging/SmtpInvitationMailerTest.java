package io.opensdr.campaign.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.opensdr.campaign.domain.InvitationMailer;
import io.opensdr.campaign.domain.Role;
import io.opensdr.kit.testing.FreePort;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The invitation email over real SMTP (GreenMail), read back from the invitee's mailbox. */
@ExtendWith(OutputCaptureExtension.class)
class SmtpInvitationMailerTest {

    private static final int SMTP_PORT = FreePort.find();
    private static final String TOKEN = "tok_en-4f9Qx+z/8=";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static InvitationMailer.InvitationEmail anInvitation(String to) {
        return new InvitationMailer.InvitationEmail("inv-1", to, "Analytical Engines", "Ada Lovelace", "ada@example.com",
                Role.OWNER, TOKEN, Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void shouldEmailTheWorkspaceTheInviterTheRoleTheLinkAndItsExpiry(CapturedOutput output) throws Exception {
        SmtpInvitationMailer mailer = new SmtpInvitationMailer(sender(SMTP_PORT), "invitations@opensdr.local", "OpenSDR",
                "https://app.opensdr.example/");

        InvitationMailer.Delivery delivery = mailer.send(anInvitation("linus@example.com"));

        assertThat(delivery).isEqualTo(InvitationMailer.Delivery.delivered());
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain("example.com");
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("invitations@opensdr.local");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("OpenSDR");
        assertThat(message.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("linus@example.com");
        assertThat(message.getSubject()).isEqualTo("Ada Lovelace (ada@example.com) invites you to Analytical Engines on OpenSDR");
        String link = "https://app.opensdr.example/invitations/accept#token=tok_en-4f9Qx%2Bz%2F8%3D";
        String text = textPart(message);
        assertThat(text)
                .contains("Ada Lovelace (ada@example.com) invites you to join the workspace \"Analytical Engines\"")
                .contains("as an owner")
                .contains(link)
                .contains("until 9 March 2026 at 09:00 UTC");
        String html = GreenMailUtil.getBody(message);
        assertThat(html).contains("text/html");
        // Logged: which invitation, never its token.
        assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain("tok_en-4f9Qx");
    }

    @Test
    void shouldAnswerNotSentWhenTheServerCannotBeReachedWithoutLoggingTheToken(CapturedOutput output) {
        SmtpInvitationMailer mailer = new SmtpInvitationMailer(sender(FreePort.find()), "invitations@opensdr.local", "OpenSDR",
                "https://app.opensdr.example");

        InvitationMailer.Delivery delivery = mailer.send(anInvitation("linus@example.com"));

        assertThat(delivery.sent()).isFalse();
        assertThat(delivery.reason()).isEqualTo("The mail server could not be reached.");
        assertThat(output.getAll()).contains("Invitation inv-1 not emailed").doesNotContain("tok_en-4f9Qx");
    }

    @Test
    void shouldAnswerNotSentForAnAddressTheEmailCannotBeBuiltFor() {
        SmtpInvitationMailer mailer = new SmtpInvitationMailer(sender(SMTP_PORT), "invitations@opensdr.local", "OpenSDR",
                "https://app.opensdr.example");

        InvitationMailer.Delivery delivery = mailer.send(anInvitation("not an address@@example.com"));

        assertThat(delivery.sent()).isFalse();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private static String textPart(MimeMessage message) throws Exception {
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        // mixed > related > alternative(text, html), as MimeMessageHelper builds it.
        Object related = mixed.getBodyPart(0).getContent();
        Object alternative = ((MimeMultipart) related).getBodyPart(0).getContent();
        return (String) ((MimeMultipart) alternative).getBodyPart(0).getContent();
    }
}
