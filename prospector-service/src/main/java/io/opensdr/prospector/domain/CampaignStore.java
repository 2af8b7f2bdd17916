package io.opensdr.prospector.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The campaigns the prospector has seen, with their progress. */
public interface CampaignStore {

    Optional<CampaignState> find(String campaignId);

    /**
     * Stores a snapshot unless one of the same or a newer revision is held; returns whether it
     * was stored. Progress is kept, except that the cursor and the source's state start over when
     * {@code resetCursor}.
     */
    boolean saveSnapshot(Campaign campaign, boolean resetCursor);

    /** Active campaigns, the only ones that get new prospects. */
    List<CampaignState> findActive();

    /** Starts counting a new day's prospects, unless that day is already being counted. */
    void startDay(String campaignId, LocalDate day);

    /**
     * Moves the cursor past one examined candidate and counts it if it was new, provided the
     * campaign is still at the revision the search read (a new snapshot, such as a pause, stops
     * it) and the cursor is still where the search read it. Returns false otherwise: the search
     * then stops, and the next tick starts from what is stored.
     */
    boolean advance(String campaignId, long revision, long expectedCursor, LocalDate day, boolean found);

    /**
     * Moves the cursor on to {@code nextCursor} past positions the source read without returning a
     * candidate for them (profiles it skipped), under the same conditions as {@link #advance}.
     * Returns false when the campaign or its cursor moved meanwhile.
     */
    boolean skipTo(String campaignId, long revision, long expectedCursor, long nextCursor);

    /**
     * Counts a new prospect whose cursor move {@link #advance} refused (a pause, or another
     * instance, came in between): the prospect is recorded and announced, so it counts against
     * the day's quota all the same. Counted only while {@code day} is still the day being counted.
     */
    void countFound(String campaignId, LocalDate day);

    /** Records what the last search found out about the campaign's source. */
    void reportSource(String campaignId, SourceStatus status);

    /** Records how many candidates a search is working on now (0 when it is done). */
    void reportEnriching(String campaignId, int candidates, Instant since);
}
