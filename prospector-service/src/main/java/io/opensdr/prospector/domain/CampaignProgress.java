package io.opensdr.prospector.domain;

import java.time.LocalDate;

/**
 * How far the prospector got for a campaign.
 *
 * @param cursor     position in the source's ranked results for the campaign's target profile
 * @param day        the UTC day {@code foundToday} counts; null before the first search
 * @param foundToday new prospects found on {@code day}
 * @param totalFound new prospects found since the campaign started
 */
public record CampaignProgress(long cursor, LocalDate day, int foundToday, long totalFound) {

    public static CampaignProgress none() {
        return new CampaignProgress(0, null, 0, 0);
    }

    /** Prospects found on the given day: none yet when the stored day is an earlier one. */
    public int foundOn(LocalDate today) {
        return today.equals(day) ? foundToday : 0;
    }

    public int quotaLeft(int dailyQuota, LocalDate today) {
        return Math.max(0, dailyQuota - foundOn(today));
    }

    public CampaignProgress startingDay(LocalDate today) {
        return today.equals(day) ? this : new CampaignProgress(cursor, today, 0, totalFound);
    }
}
