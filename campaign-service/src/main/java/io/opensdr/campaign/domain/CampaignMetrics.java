package io.opensdr.campaign.domain;

/** How many of a campaign's prospects reached each stage. Each prospect counts at most once per stage. */
public record CampaignMetrics(long prospectsFound, long qualified, long inReview, long rejected, long emailsDrafted,
                              long emailsApproved, long emailsSent, long delivered, long humanOpens, long clicks,
                              long replies, long bounces, long unsubscribes, long spamReports, long meetingsBooked) {
}
