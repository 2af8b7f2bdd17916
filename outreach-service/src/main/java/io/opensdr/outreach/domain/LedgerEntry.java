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
 */
public record LedgerEntry(String id, String prospectId, int step, String draftId, String campaignId,
                          String workspaceId, String recipientEmail, String recipientName, String subject,
                          String body, LedgerStatus status, String messageId, String mailbox, int attempts,
                          String lastError, Instant approvedAt, Instant attemptedAt, Instant sentAt,
                          MailTransport.Kind transport, String providerMessageId) {

    public static String idFor(String prospectId, int step) {
        return prospectId + ":" + step;
    }

    public static LedgerEntry approved(ApprovedEmail email) {
        return new LedgerEntry(idFor(email.prospectId(), email.step()), email.prospectId(), email.step(),
                email.draftId(), email.campaignId(), email.workspaceId(), email.recipientEmail(),
                email.recipientName(), email.subject(), email.body(), LedgerStatus.APPROVED,
                null, null, 0, null, email.approvedAt(), null, null, null, null);
    }
}
