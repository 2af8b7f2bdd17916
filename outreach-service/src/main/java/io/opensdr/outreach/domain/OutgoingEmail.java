package io.opensdr.outreach.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An email as handed to a transport: the approved text, plus what the system adds on the way out
 * (an HTML alternative with tracking, list-unsubscribe headers) through {@link OutgoingEmailDecorator}s.
 *
 * @param emailId  the send ledger entry's id (prospectId:step), carried to providers (SendGrid
 *                 {@code custom_args}) so that their events find their way back
 * @param htmlBody an HTML alternative of {@code body}; null sends plain text only
 * @param headers  extra RFC 5322 headers, in order; never null
 */
public record OutgoingEmail(String messageId, String workspaceId, String campaignId, String prospectId,
                            String emailId, String fromEmail, String fromName, String toEmail, String toName,
                            String subject, String body, String htmlBody, Map<String, String> headers) {

    public OutgoingEmail {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    public static OutgoingEmail of(LedgerEntry entry, SenderMailbox sender) {
        return new OutgoingEmail(entry.messageId(), entry.workspaceId(), entry.campaignId(), entry.prospectId(),
                entry.id(), sender.email(), sender.name(), entry.recipientEmail(), entry.recipientName(),
                entry.subject(), entry.body(), null, Map.of());
    }

    public OutgoingEmail withHtmlBody(String html) {
        return new OutgoingEmail(messageId, workspaceId, campaignId, prospectId, emailId, fromEmail, fromName,
                toEmail, toName, subject, body, html, headers);
    }

    public OutgoingEmail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingEmail(messageId, workspaceId, campaignId, prospectId, emailId, fromEmail, fromName,
                toEmail, toName, subject, body, htmlBody, more);
    }
}
