package io.opensdr.outreach.messaging;

import io.opensdr.events.EmailDrafted;
import io.opensdr.events.EmailSent;
import io.opensdr.outreach.domain.Draft;
import io.opensdr.outreach.domain.LedgerEntry;
import io.opensdr.outreach.domain.MailTransport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The events outreach publishes, built from its domain objects. */
public final class OutreachEvents {

    private OutreachEvents() {
    }

    public static EmailDrafted emailDrafted(Draft draft, Instant at) {
        return EmailDrafted.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(draft.workspaceId())
                .setCampaignId(draft.campaignId())
                .setProspectId(draft.prospectId())
                .setDraftId(draft.draftId())
                .setStep(draft.step())
                .setRecipient(ContactMapper.toEvent(draft.recipient()))
                .setSubject(draft.subject())
                .setBody(draft.body())
                .setBantScore(draft.bantScore())
                .setGeneratedBy(io.opensdr.events.DraftGenerator.valueOf(draft.generatedBy().name()))
                .setFallbackReason(draft.fallbackReason())
                .build();
    }

    public static EmailSent emailSent(LedgerEntry entry, MailTransport.Kind transport, Instant at) {
        return EmailSent.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(entry.workspaceId())
                .setCampaignId(entry.campaignId())
                .setProspectId(entry.prospectId())
                .setDraftId(entry.draftId())
                .setEmailId(entry.id())
                .setStep(entry.step())
                .setTransport(io.opensdr.events.MailTransport.valueOf(transport.name()))
                .setMessageId(entry.messageId())
                .setSubject(entry.subject())
                .build();
    }
}
