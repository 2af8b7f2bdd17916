package io.opensdr.campaign.domain;

/** Where the prospector finds a campaign's prospects: the demo directory, RocketReach, or an uploaded CSV file. */
public enum ProspectSource {
    DEMO,
    ROCKETREACH,
    CSV
}
