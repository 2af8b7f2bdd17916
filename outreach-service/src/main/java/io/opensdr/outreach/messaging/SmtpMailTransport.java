package io.opensdr.outreach.messaging;

import io.opensdr.outreach.domain.MailDeliveryException;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.OutgoingEmail;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through the sender's own mailbox over SMTP (spring.mail.*): plain text, or text with an
 * HTML alternative, the extra headers of the email, and the Message-ID that the ledger recorded
 * before the send (JavaMailSenderImpl keeps an explicitly set Message-ID).
 *
 * <p>With {@link CopyMode#BCC} the sender's own address is a Bcc recipient of the same SMTP
 * transaction, so the relay accepts the email and the sender's copy together or not at all: the
 * copy is what a restart looks for when a crash left the email in SENDING. {@link CopyMode#APPEND}
 * appends the sent message to the mailbox's Sent folder over IMAP right after the send (a crash
 * between the two leaves an email that left without a copy); {@link CopyMode#NONE} relies on the
 * provider filing its own copy (Gmail, Microsoft 365 do).
 */
public class SmtpMailTransport implements MailTransport {

    public enum CopyMode { BCC, APPEND, NONE }

    private static final String MESSAGE_ID = "Message-ID";

    private final JavaMailSender mailSender;
    private final CopyMode copyMode;
    private final Consumer<MimeMessage> appendToSent;

    public SmtpMailTransport(JavaMailSender mailSender) {
        this(mailSender, CopyMode.NONE, message -> { });
    }

    /** @param appendToSent files a sent message in the sender's Sent folder ({@link CopyMode#APPEND}) */
    public SmtpMailTransport(JavaMailSender mailSender, CopyMode copyMode, Consumer<MimeMessage> appendToSent) {
        this.mailSender = mailSender;
        this.copyMode = copyMode;
        this.appendToSent = appendToSent;
    }

    @Override
    public Kind kind() {
        return Kind.SMTP;
    }

    @Override
    public String send(OutgoingEmail email) {
        MimeMessage message;
        try {
            message = toMimeMessage(email);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw MailDeliveryException.permanent("Cannot build " + email.messageId() + ": " + e.getMessage(), e);
        }
        try {
            mailSender.send(message);
        } catch (MailException e) {
            throw new MailDeliveryException("SMTP did not accept " + email.messageId() + ": " + e.getMessage(), e,
                    isRetryable(e));
        }
        if (copyMode == CopyMode.APPEND) {
            appendToSent.accept(message);
        }
        return email.messageId();
    }

    MimeMessage toMimeMessage(OutgoingEmail email) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        boolean multipart = email.htmlBody() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
        helper.setFrom(email.fromEmail(), email.fromName());
        if (email.toName() == null || email.toName().isBlank()) {
            helper.setTo(email.toEmail());
        } else {
            helper.setTo(new InternetAddress(email.toEmail(), email.toName(), StandardCharsets.UTF_8.name()));
        }
        if (copyMode == CopyMode.BCC) {
            helper.setBcc(email.fromEmail());
        }
        helper.setSubject(email.subject());
        if (multipart) {
            helper.setText(email.body(), email.htmlBody());
        } else {
            helper.setText(email.body(), false);
        }
        for (Map.Entry<String, String> header : email.headers().entrySet()) {
            message.addHeader(header.getKey(), header.getValue());
        }
        message.setHeader(MESSAGE_ID, email.messageId());
        return message;
    }

    /** An SMTP 5xx reply is permanent; a 4xx, a timeout or an unreachable server may pass later. */
    private static boolean isRetryable(MailException e) {
        if (e instanceof MailSendException send) {
            for (Exception failure : send.getFailedMessages().values()) {
                Throwable cause = failure;
                while (cause != null) {
                    if (cause instanceof SMTPSendFailedException smtp) {
                        return smtp.getReturnCode() < 500;
                    }
                    if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                            && refused.getInvalidAddresses().length > 0) {
                        return false;
                    }
                    cause = cause.getCause();
                }
            }
        }
        return true;
    }
}
