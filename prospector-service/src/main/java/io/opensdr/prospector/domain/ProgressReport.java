package io.opensdr.prospector.domain;

/** Where a campaign's prospecting stands today. */
public record ProgressReport(String campaignId, CampaignStatus status, int foundToday, int dailyQuota,
                             int quotaLeft, long totalFound) {
}
