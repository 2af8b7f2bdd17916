package io.opensdr.outreach.domain;

import java.util.Optional;

/**
 * What outreach keeps of a campaign: the newest snapshot's status, template, sender and meeting
 * link. Older snapshots (lower revision) never replace a newer one.
 *
 * @param meetingLink the scheduler link offered to prospects; null when the campaign has none
 * @param name        the campaign's name, as its team wrote it (part of the value proposition)
 * @param sector      the sector the campaign targets
 * @param source      where its prospects come from, named in the first email's footer
 * @param sending     when its emails may leave and how many per day
 */
public record Campaign(String id, String workspaceId, long revision, CampaignStatus status,
                       EmailTemplate template, SenderMailbox sender, String meetingLink,
                       String name, String sector, ProspectSource source, CampaignSending sending) {

    public Campaign {
        name = name == null ? "" : name;
        sector = sector == null ? "" : sector;
        source = source == null ? ProspectSource.DEMO : source;
        sending = sending == null ? CampaignSending.defaults(java.time.ZoneOffset.UTC) : sending;
    }

    /** A campaign with the default sending window (weekdays 9-17 UTC for prospects without a time zone). */
    public Campaign(String id, String workspaceId, long revision, CampaignStatus status,
                    EmailTemplate template, SenderMailbox sender, String meetingLink,
                    String name, String sector, ProspectSource source) {
        this(id, workspaceId, revision, status, template, sender, meetingLink, name, sector, source, null);
    }

    /** A campaign of the demo directory, without a name or sector (tests and older stored documents). */
    public Campaign(String id, String workspaceId, long revision, CampaignStatus status,
                    EmailTemplate template, SenderMailbox sender, String meetingLink) {
        this(id, workspaceId, revision, status, template, sender, meetingLink, "", "", ProspectSource.DEMO, null);
    }

    /** Emails leave only while the campaign is active: paused and stopped campaigns send nothing. */
    public boolean isSending() {
        return status == CampaignStatus.ACTIVE;
    }

    /**
     * A stopped or completed campaign will never send again, so drafting for it would only fill
     * the review queue with emails nobody can send. A paused one may resume: it still gets drafts.
     */
    public boolean acceptsDrafts() {
        return status != CampaignStatus.STOPPED && status != CampaignStatus.COMPLETED;
    }

    public Optional<String> meetingLinkIfAny() {
        return Optional.ofNullable(meetingLink).filter(link -> !link.isBlank());
    }
}
