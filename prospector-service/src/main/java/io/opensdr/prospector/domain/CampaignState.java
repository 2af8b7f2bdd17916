package io.opensdr.prospector.domain;

/**
 * A campaign as the prospector holds it: its latest snapshot and its own progress.
 *
 * @param traceparent the trace context of the snapshot that set it (W3C {@code traceparent}, or null):
 *                    the prospects found in the background for it continue that trace
 */
public record CampaignState(Campaign campaign, CampaignProgress progress, String traceparent) {

    public CampaignState(Campaign campaign, CampaignProgress progress) {
        this(campaign, progress, null);
    }
}
