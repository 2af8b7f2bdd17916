package io.opensdr.prospector.domain;

/** A campaign as the prospector holds it: its latest snapshot and its own progress. */
public record CampaignState(Campaign campaign, CampaignProgress progress) {
}
