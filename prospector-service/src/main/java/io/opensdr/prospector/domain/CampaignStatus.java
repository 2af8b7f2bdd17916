package io.opensdr.prospector.domain;

/** Where a campaign stands; only an ACTIVE campaign gets new prospects. */
public enum CampaignStatus {
    DRAFT, ACTIVE, PAUSED, STOPPED, COMPLETED
}
