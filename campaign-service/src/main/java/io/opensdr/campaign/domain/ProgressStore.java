package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * One progress record per prospect, updated idempotently: milestones are set (setting one twice
 * changes nothing), and the latest qualification and meeting state win by their time, so a
 * redelivered older event never overwrites a newer one. Metrics are counts over these records.
 */
public interface ProgressStore {

    void reach(ProspectRef prospect, Milestone milestone);

    void qualify(ProspectRef prospect, Qualification qualification, Instant decidedAt);

    void meeting(ProspectRef prospect, boolean hasMeeting, Instant changedAt);

    CampaignMetrics metrics(String workspaceId, String campaignId);
}
