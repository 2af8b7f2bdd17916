package io.opensdr.outreach.domain;

import java.time.Instant;

/**
 * One email to send: one per (prospect, sequence step), which is its id, so that an approval
 * delivered twice never makes a second entry and so never a second email.
 *
 * @param messageId the RFC 5322 Message-ID given to the email when it was first handed to the
 *                  transport; null until then
 * @param mailbox   the sender mailbox it went out from; null until it was claimed
 * @param attempts  how many times it was handed to the transport
 * @param lastError why the last attempt failed, or why the entry was canceled
 * @param transport the transport it was handed to; null until it was claimed
 * @param providerMessageId the id the transport gave the accepted message (SendGrid's
 *                  {@code X-Message-Id}; the Message-ID for SMTP); null until known
 * @param recipientTimeZone the prospect's IANA time zone, when known (the sending window is
 *                  counted in it)
 */
public record LedgerEntry(String id, String prospectId, int step, String draftId, String campaignId,
                          String workspaceId, String recipientEmail, String recipientName, String subject,
                          String body, LedgerStatus status, String messageId, String mailbox, int attempts,
                          String lastError, Instant approvedAt, Instant attemptedAt, Instant sentAt,
                          MailTransport.Kind transport, String providerMessageId,
                          String recipientTimeZone) {

    public static String idFor(String prospectId, int step) {
        return prospectId + ":" + step;
    }

    public static LedgerEntry approved(ApprovedEmail email) {
        return new LedgerEntry(idFor(email.prospectId(), email.step()), email.prospectId(), email.step(),
                email.draftId(), email.campaignId(), email.workspaceId(), email.recipientEmail(),
                email.recipientName(), email.subject(), email.body(), LedgerStatus.APPROVED,
                null, null, 0, null, email.approvedAt(), null, null, null, null, email.recipientTimeZone());
    }

    /** An approval that must never be sent (e.g. the address is suppressed): kept with the reason. */
    public static LedgerEntry canceled(ApprovedEmail email, String reason) {
        return new LedgerEntry(idFor(email.prospectId(), email.step()), email.prospectId(), email.step(),
                email.draftId(), email.campaignId(), email.workspaceId(), email.recipientEmail(),
                email.recipientName(), email.subject(), email.body(), LedgerStatus.CANCELED,
                null, null, 0, reason, email.approvedAt(), null, null, null, null, email.recipientTimeZone());
    }

    /** The prospect's time zone, or null when unknown or not a valid IANA id. */
    public java.time.ZoneId recipientZone() {
        if (recipientTimeZone == null || recipientTimeZone.isBlank()) {
            return null;
        }
        try {
            return java.time.ZoneId.of(recipientTimeZone);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
