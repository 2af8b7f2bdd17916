package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.CampaignMetrics;

/**
 * A campaign's funnel, as the dashboard shows it: how many prospects reached each stage (a prospect
 * who opened an email three times counts once). {@code humanOpens} and {@code clicks} leave out
 * scanners and privacy proxies.
 */
public record MetricsView(long prospectsFound, long qualified, long inReview, long rejected, long emailsDrafted,
                          long emailsApproved, long emailsSent, long delivered, long humanOpens, long clicks,
                          long replies, long bounces, long unsubscribes, long spamReports, long meetingsBooked) {

    static MetricsView of(CampaignMetrics metrics) {
        return new MetricsView(metrics.prospectsFound(), metrics.qualified(), metrics.inReview(), metrics.rejected(),
                metrics.emailsDrafted(), metrics.emailsApproved(), metrics.emailsSent(), metrics.delivered(),
                metrics.humanOpens(), metrics.clicks(), metrics.replies(), metrics.bounces(), metrics.unsubscribes(),
                metrics.spamReports(), metrics.meetingsBooked());
    }
}
