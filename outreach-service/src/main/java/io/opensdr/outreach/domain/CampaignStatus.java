package io.opensdr.outreach.domain;

/** Where a campaign stands. Only an ACTIVE campaign's emails leave. */
public enum CampaignStatus {
    DRAFT, ACTIVE, PAUSED, STOPPED, COMPLETED
}
