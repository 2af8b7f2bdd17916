package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.InvitationMailer;
import io.opensdr.campaign.domain.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * Emails invitations over SMTP ({@code spring.mail.*}): a plain-text body with an HTML alternative,
 * naming the workspace, the inviter, the role, the link and its expiry. The link carries the token
 * in its fragment ({@code /invitations/accept#token=...}), which browsers never send to a server, so
 * it reaches no access log. A failure is answered, not thrown; the log names the invitation and the
 * failure's kind, never the token nor the message.
 */
public class SmtpInvitationMailer implements InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpInvitationMailer.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final JavaMailSender mailSender;
    private final String from;
    private final String fromName;
    private final String publicBaseUrl;

    public SmtpInvitationMailer(JavaMailSender mailSender, String from, String fromName, String publicBaseUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.fromName = fromName;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** The link the invitee opens: the SPA's accept page, the token in the fragment. */
    public String linkFor(String token) {
        return publicBaseUrl + "/invitations/accept#token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @Override
    public Delivery send(InvitationEmail email) {
        MimeMessage message;
        try {
            message = toMimeMessage(email);
        } catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException e) {
            log.warn("Invitation {} not emailed: the message could not be built ({})", email.invitationId(),
                    e.getClass().getSimpleName());
            return Delivery.notSent("The email could not be built for this address.");
        }
        try {
            mailSender.send(message);
            return Delivery.delivered();
        } catch (MailAuthenticationException e) {
            log.warn("Invitation {} not emailed: the mail server refused our credentials", email.invitationId());
            return Delivery.notSent("The mail server refused the credentials of this server.");
        } catch (MailSendException e) {
            if (unreachable(e)) {
                log.warn("Invitation {} not emailed: the mail server could not be reached", email.invitationId());
                return Delivery.notSent("The mail server could not be reached.");
            }
            log.warn("Invitation {} not emailed: the mail server did not accept it ({})", email.invitationId(),
                    e.getClass().getSimpleName());
            return Delivery.notSent("The mail server did not accept the email.");
        } catch (MailException e) {
            log.warn("Invitation {} not emailed: the mail server could not be reached ({})", email.invitationId(),
                    e.getClass().getSimpleName());
            return Delivery.notSent("The mail server could not be reached.");
        }
    }

    /** A failure to connect (refused, unknown host, timed out), somewhere in the causes. */
    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (cause instanceof MailSendException send) {
                for (Exception failed : send.getFailedMessages().values()) {
                    if (failed != cause && unreachable(failed)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    MimeMessage toMimeMessage(InvitationEmail email) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        helper.setTo(new InternetAddress(email.to(), true));
        helper.setSubject(inviter(email) + " invites you to " + email.workspaceName() + " on OpenSDR");
        helper.setText(text(email), html(email));
        return message;
    }

    String text(InvitationEmail email) {
        return "Hello,\n\n"
                + inviter(email) + " invites you to join the workspace \"" + email.workspaceName() + "\" on OpenSDR as "
                + role(email.role()) + ".\n\n"
                + "Accept the invitation here:\n" + linkFor(email.token()) + "\n\n"
                + "The link works once, for " + email.to() + ", until " + EXPIRY.format(email.expiresAt()) + ".\n"
                + "If you did not expect this invitation, ignore this email.\n";
    }

    String html(InvitationEmail email) {
        String link = HtmlUtils.htmlEscape(linkFor(email.token()));
        return "<!doctype html><html><body>"
                + "<p>Hello,</p>"
                + "<p>" + HtmlUtils.htmlEscape(inviter(email)) + " invites you to join the workspace <strong>"
                + HtmlUtils.htmlEscape(email.workspaceName()) + "</strong> on OpenSDR as " + role(email.role()) + ".</p>"
                + "<p><a href=\"" + link + "\">Accept the invitation</a></p>"
                + "<p>The link works once, for " + HtmlUtils.htmlEscape(email.to()) + ", until "
                + EXPIRY.format(email.expiresAt()) + ". If you did not expect this invitation, ignore this email.</p>"
                + "</body></html>";
    }

    private static String inviter(InvitationEmail email) {
        if (email.inviterName() != null && !email.inviterName().isBlank()) {
            return email.inviterName() + (email.inviterEmail() != null ? " (" + email.inviterEmail() + ")" : "");
        }
        return email.inviterEmail() != null ? email.inviterEmail() : "A workspace owner";
    }

    private static String role(Role role) {
        return role == Role.OWNER ? "an owner (who can also invite people)" : "a member";
    }
}
