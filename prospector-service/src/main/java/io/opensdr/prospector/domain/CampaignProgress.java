package io.opensdr.prospector.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How far the prospector got for a campaign.
 *
 * @param cursor         position in the source's ranked results for the campaign's target profile
 * @param day            the UTC day {@code foundToday} counts; null before the first search
 * @param foundToday     new prospects found on {@code day}
 * @param totalFound     new prospects found since the campaign started
 * @param source         how the campaign's source stood at the last search
 * @param enriching      candidates a search has read and is checking, enriching and recording now
 * @param enrichingSince when that search read them; null when none is in flight
 */
public record CampaignProgress(long cursor, LocalDate day, int foundToday, long totalFound, SourceStatus source,
                               int enriching, Instant enrichingSince) {

    public CampaignProgress {
        source = source == null ? SourceStatus.notSearched() : source;
    }

    public CampaignProgress(long cursor, LocalDate day, int foundToday, long totalFound) {
        this(cursor, day, foundToday, totalFound, SourceStatus.notSearched(), 0, null);
    }

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

    /**
     * Candidates in flight, as the last search reported them; none when that report is older than
     * {@code staleAfter} (a search that died with its instance never clears its own report).
     */
    public int enrichingAt(Instant now, java.time.Duration staleAfter) {
        return enrichingSince != null && enrichingSince.plus(staleAfter).isAfter(now) ? enriching : 0;
    }

    public CampaignProgress startingDay(LocalDate today) {
        return today.equals(day) ? this : new CampaignProgress(cursor, today, 0, totalFound, source, enriching, enrichingSince);
    }
}
