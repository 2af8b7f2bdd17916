package io.opensdr.campaign.domain;

/** How many of a campaign's prospects reached each stage. Each prospect counts at most once per stage. */
public record CampaignMetrics(long prospectsFound, long qualified, long inReview, long rejected, long emailsDrafted,
                              long emailsApproved, long emailsSent, long replies, long meetingsBooked) {
}
