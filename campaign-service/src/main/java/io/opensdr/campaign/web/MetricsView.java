package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.CampaignMetrics;

/** A campaign's funnel, as the dashboard shows it. */
public record MetricsView(long prospectsFound, long qualified, long inReview, long rejected, long emailsDrafted,
                          long emailsApproved, long emailsSent, long replies, long meetingsBooked) {

    static MetricsView of(CampaignMetrics metrics) {
        return new MetricsView(metrics.prospectsFound(), metrics.qualified(), metrics.inReview(), metrics.rejected(),
                metrics.emailsDrafted(), metrics.emailsApproved(), metrics.emailsSent(), metrics.replies(),
                metrics.meetingsBooked());
    }
}
