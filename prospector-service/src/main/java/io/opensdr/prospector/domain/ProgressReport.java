package io.opensdr.prospector.domain;

/**
 * Where a campaign's prospecting stands today.
 *
 * @param enriching candidates being looked up, checked and recorded right now
 * @param source    how the campaign's source stood at the last search
 */
public record ProgressReport(String campaignId, CampaignStatus status, int foundToday, int dailyQuota,
                             int quotaLeft, long totalFound, int enriching, SourceStatus source) {
}
