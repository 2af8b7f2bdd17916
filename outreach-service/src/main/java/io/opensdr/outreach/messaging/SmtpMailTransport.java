package io.opensdr.outreach.messaging;

import io.opensdr.outreach.domain.MailDeliveryException;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.OutgoingEmail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through the sender's own mailbox over SMTP (spring.mail.*), as plain text, with the
 * Message-ID that the ledger recorded before the send. JavaMailSenderImpl keeps an explicitly
 * set Message-ID instead of generating its own.
 */
public class SmtpMailTransport implements MailTransport {

    private static final String MESSAGE_ID = "Message-ID";

    private final JavaMailSender mailSender;

    public SmtpMailTransport(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @Override
    public Kind kind() {
        return Kind.SMTP;
    }

    @Override
    public void send(OutgoingEmail email) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(email.fromEmail(), email.fromName());
            if (email.toName() == null || email.toName().isBlank()) {
                helper.setTo(email.toEmail());
            } else {
                helper.setTo(new jakarta.mail.internet.InternetAddress(email.toEmail(), email.toName(),
                        StandardCharsets.UTF_8.name()));
            }
            helper.setSubject(email.subject());
            helper.setText(email.body(), false);
            message.setHeader(MESSAGE_ID, email.messageId());
            mailSender.send(message);
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            throw new MailDeliveryException("SMTP did not accept " + email.messageId() + ": " + e.getMessage(), e);
        }
    }
}
