package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.DraftStatus;
import io.opensdr.campaign.domain.Recipient;
import io.opensdr.events.Contact;
import io.opensdr.events.EmailApproved;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An approved draft as the EmailApproved event outreach sends from: exactly the approved text. */
@Component
public class EmailApprovedMapper {

    public EmailApproved toEvent(Draft approved) {
        if (approved.status() != DraftStatus.APPROVED) {
            throw new IllegalStateException("Draft " + approved.id() + " is " + approved.status() + ", not APPROVED");
        }
        Recipient recipient = approved.recipient();
        return EmailApproved.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(approved.decidedAt())
                .setWorkspaceId(approved.workspaceId())
                .setCampaignId(approved.campaignId())
                .setProspectId(approved.prospectId())
                .setDraftId(approved.id())
                .setStep(approved.step())
                .setRecipient(Contact.newBuilder()
                        .setFirstName(recipient.firstName())
                        .setLastName(recipient.lastName())
                        .setEmail(recipient.email())
                        .setTitle(recipient.title())
                        .setCompanyName(recipient.companyName())
                        .setCompanyDomain(recipient.companyDomain())
                        .setIndustry(recipient.industry())
                        .setTimeZone(recipient.timeZone())
                        .build())
                .setSubject(approved.subject())
                .setBody(approved.body())
                .setEdited(approved.edited())
                .setApprovedBy(approved.decidedBy())
                .build();
    }
}
