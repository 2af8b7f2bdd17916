package io.opensdr.outreach.messaging;

import io.opensdr.events.EmailApproved;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.ApprovedEmail;
import io.opensdr.outreach.domain.Contact;

public final class EmailApprovedMapper {

    private static final String EVENT = "EmailApproved";

    private EmailApprovedMapper() {
    }

    public static ApprovedEmail toApprovedEmail(EmailApproved event) {
        String prospectId = Require.text(event.getProspectId(), "prospectId", EVENT);
        if (event.getStep() < 1) {
            throw new InvalidEventException(EVENT + " of prospect " + prospectId + " has step " + event.getStep());
        }
        Contact recipient = ContactMapper.toDomain(Require.present(event.getRecipient(), "recipient", EVENT));
        Require.text(recipient.email(), "recipient.email", EVENT);
        return new ApprovedEmail(prospectId, event.getStep(),
                Require.text(event.getDraftId(), "draftId", EVENT),
                Require.text(event.getCampaignId(), "campaignId", EVENT),
                Require.text(event.getWorkspaceId(), "workspaceId", EVENT),
                recipient.email(), recipient.fullName(),
                Require.text(event.getSubject(), "subject", EVENT),
                Require.text(event.getBody(), "body", EVENT),
                event.getApprovedBy(), event.getOccurredAt(), recipient.timeZone());
    }
}
