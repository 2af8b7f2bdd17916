package io.opensdr.outreach.domain;

import java.util.Optional;

/**
 * What outreach keeps of a campaign: the newest snapshot's status, template, sender and meeting
 * link. Older snapshots (lower revision) never replace a newer one.
 *
 * @param meetingLink the scheduler link offered to prospects; null when the campaign has none
 */
public record Campaign(String id, String workspaceId, long revision, CampaignStatus status,
                       EmailTemplate template, SenderMailbox sender, String meetingLink) {

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
