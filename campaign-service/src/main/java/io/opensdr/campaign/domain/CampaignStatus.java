package io.opensdr.campaign.domain;

/** Where a campaign is in its lifecycle. COMPLETED is reserved for campaigns that run out of prospects. */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    STOPPED,
    COMPLETED
}
