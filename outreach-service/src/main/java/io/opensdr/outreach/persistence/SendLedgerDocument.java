package io.opensdr.outreach.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.tracing.TraceContext;
import io.opensdr.outreach.domain.LedgerEntry;
import io.opensdr.outreach.domain.LedgerStatus;
import io.opensdr.outreach.domain.MailTransport;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One send-ledger entry; its id is prospectId:step, so the unique _id is the "one email per
 * (prospect, step)" rule. EmailSent waits in its outbox until the relay publishes it.
 * {@code traceparent} is the trace context of the approval (the EmailApproved record's), which
 * the EmailSent continues however much later the email leaves.
 */
@Document(SendLedgerDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "campaign_status_approved", def = "{'campaignId': 1, 'status': 1, 'approvedAt': 1}"),
        @CompoundIndex(name = "status_attempted", def = "{'status': 1, 'attemptedAt': 1}"),
        @CompoundIndex(name = "campaign_attempted", def = "{'campaignId': 1, 'attemptedAt': 1}"),
        @CompoundIndex(name = "prospect_attempted", def = "{'prospectId': 1, 'attemptedAt': 1}")
})
record SendLedgerDocument(@Id String id, String prospectId, int step, String draftId, String campaignId,
                          String workspaceId, String recipientEmail, String recipientName, String subject,
                          String body, String status, String messageId, String mailbox, int attempts,
                          String lastError, Instant approvedAt, Instant attemptedAt, Instant sentAt,
                          String transport, String providerMessageId, String recipientTimeZone,
                          List<OutboxEntry> outbox, String traceparent) {

    static final String COLLECTION = "send_ledger";

    static SendLedgerDocument of(LedgerEntry entry) {
        return new SendLedgerDocument(entry.id(), entry.prospectId(), entry.step(), entry.draftId(),
                entry.campaignId(), entry.workspaceId(), entry.recipientEmail(), entry.recipientName(),
                entry.subject(), entry.body(), entry.status().name(), entry.messageId(), entry.mailbox(),
                entry.attempts(), entry.lastError(), entry.approvedAt(), entry.attemptedAt(), entry.sentAt(),
                entry.transport() == null ? null : entry.transport().name(), entry.providerMessageId(),
                entry.recipientTimeZone(), List.of(), TraceContext.current());
    }

    LedgerEntry toDomain() {
        return new LedgerEntry(id, prospectId, step, draftId, campaignId, workspaceId, recipientEmail,
                recipientName, subject, body, LedgerStatus.valueOf(status), messageId, mailbox, attempts,
                lastError, approvedAt, attemptedAt, sentAt,
                transport == null ? null : MailTransport.Kind.valueOf(transport), providerMessageId,
                recipientTimeZone);
    }
}
