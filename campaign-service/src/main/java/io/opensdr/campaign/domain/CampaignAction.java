package io.opensdr.campaign.domain;

/** What a user can do to a campaign's lifecycle. */
public enum CampaignAction {
    LAUNCH("launched"),
    PAUSE("paused"),
    RESUME("resumed"),
    STOP("stopped"),
    COMPLETE("completed");

    private final String pastParticiple;

    CampaignAction(String pastParticiple) {
        this.pastParticiple = pastParticiple;
    }

    String pastParticiple() {
        return pastParticiple;
    }
}
