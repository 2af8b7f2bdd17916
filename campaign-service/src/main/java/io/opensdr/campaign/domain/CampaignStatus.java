package io.opensdr.campaign.domain;

/**
 * Where a campaign is in its lifecycle. STOPPED and COMPLETED are both final: STOPPED when the user
 * abandons it, COMPLETED when the user declares it has run its course (see {@link Campaign}).
 */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    STOPPED,
    COMPLETED
}
