package io.opensdr.outreach.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.CampaignSending;
import io.opensdr.outreach.domain.CampaignStatus;
import io.opensdr.outreach.domain.EmailTemplate;
import io.opensdr.outreach.domain.ProspectSource;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.SenderMailbox;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/** Keeps what outreach needs of a campaign snapshot: status, template, sender, meeting link, name, sector, source, sending window. */
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
        MailTransport.Kind transport = sender.getTransport() == null ? MailTransport.Kind.SMTP
                : MailTransport.Kind.valueOf(sender.getTransport().name());
        return new Campaign(campaignId, snapshot.getWorkspaceId(), snapshot.getRevision(),
                CampaignStatus.valueOf(snapshot.getStatus().name()),
                new EmailTemplate(template.getSubject(), template.getBody()),
                new SenderMailbox(sender.getFromEmail(), sender.getFromName(), sender.getDailyCap(), transport),
                meetingLink, snapshot.getName(), snapshot.getSector(),
                snapshot.getSource() == null ? ProspectSource.DEMO : ProspectSource.valueOf(snapshot.getSource().name()),
                sending(snapshot, campaignId));
    }

    /** The window's zone is the snapshot's, else the meeting's, else UTC. */
    private static CampaignSending sending(CampaignSnapshot snapshot, String campaignId) {
        String meetingZone = snapshot.getMeeting() == null ? null : snapshot.getMeeting().getTimeZone();
        io.opensdr.events.SendingSettings sending = snapshot.getSending();
        if (sending == null) {
            return CampaignSending.defaults(zone(meetingZone, campaignId));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : sending.getDays()) {
            try {
                days.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException(EVENT + " of campaign " + campaignId + " has an unknown sending day '"
                        + day + "'; use MONDAY..SUNDAY");
            }
        }
        ZoneId zone = zone(sending.getTimeZone() != null ? sending.getTimeZone() : meetingZone, campaignId);
        try {
            return new CampaignSending(days, sending.getStartHour(), sending.getEndHour(), zone, sending.getDailyCap());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(EVENT + " of campaign " + campaignId + ": " + e.getMessage());
        }
    }

    private static ZoneId zone(String id, String campaignId) {
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidEventException(EVENT + " of campaign " + campaignId + " has an unknown time zone '" + id
                    + "'");
        }
    }
}
