package io.opensdr.outreach.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.CampaignStatus;
import io.opensdr.outreach.domain.EmailTemplate;
import io.opensdr.outreach.domain.ProspectSource;
import io.opensdr.outreach.domain.SenderMailbox;

/** Keeps what outreach needs of a campaign snapshot: status, template, sender, meeting link, name, sector, source. */
public final class CampaignSnapshotMapper {

    private static final String EVENT = "CampaignSnapshot";

    private CampaignSnapshotMapper() {
    }

    public static Campaign toCampaign(CampaignSnapshot snapshot) {
        String campaignId = Require.text(snapshot.getCampaignId(), "campaignId", EVENT);
        Require.text(snapshot.getWorkspaceId(), "workspaceId", EVENT);
        Require.present(snapshot.getStatus(), "status", EVENT);
        io.opensdr.events.EmailTemplate template = Require.present(snapshot.getEmailTemplate(), "emailTemplate", EVENT);
        io.opensdr.events.Sender sender = Require.present(snapshot.getSender(), "sender", EVENT);
        Require.text(sender.getFromEmail(), "sender.fromEmail", EVENT);
        if (sender.getDailyCap() < 0) {
            throw new InvalidEventException(EVENT + " of campaign " + campaignId + " has a negative daily cap");
        }
        String meetingLink = snapshot.getMeeting() == null ? null : snapshot.getMeeting().getSchedulerLink();
        return new Campaign(campaignId, snapshot.getWorkspaceId(), snapshot.getRevision(),
                CampaignStatus.valueOf(snapshot.getStatus().name()),
                new EmailTemplate(template.getSubject(), template.getBody()),
                new SenderMailbox(sender.getFromEmail(), sender.getFromName(), sender.getDailyCap()),
                meetingLink, snapshot.getName(), snapshot.getSector(),
                snapshot.getSource() == null ? ProspectSource.DEMO : ProspectSource.valueOf(snapshot.getSource().name()));
    }
}
