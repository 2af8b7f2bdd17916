package io.opensdr.outreach.domain;

/** A plain-text email as handed to a transport. */
public record OutgoingEmail(String messageId, String fromEmail, String fromName, String toEmail, String toName,
                            String subject, String body) {

    public static OutgoingEmail of(LedgerEntry entry, SenderMailbox sender) {
        return new OutgoingEmail(entry.messageId(), sender.email(), sender.name(), entry.recipientEmail(),
                entry.recipientName(), entry.subject(), entry.body());
    }
}
