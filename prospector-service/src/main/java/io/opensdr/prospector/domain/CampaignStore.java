package io.opensdr.prospector.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The campaigns the prospector has seen, with their progress. */
public interface CampaignStore {

    Optional<CampaignState> find(String campaignId);

    /**
     * Stores a snapshot unless one of the same or a newer revision is held; returns whether it
     * was stored. Progress is kept, except that the cursor starts over when {@code resetCursor}.
     */
    boolean saveSnapshot(Campaign campaign, boolean resetCursor);

    /** Active campaigns, the only ones that get new prospects. */
    List<CampaignState> findActive();

    /** Starts counting a new day's prospects, unless that day is already being counted. */
    void startDay(String campaignId, LocalDate day);

    /**
     * Moves the cursor past one examined candidate and counts it if it was new, provided the
     * cursor is still where this search read it. Returns false when something moved it
     * meanwhile (a new snapshot): the search then stops and the next tick starts afresh.
     */
    boolean advance(String campaignId, long expectedCursor, LocalDate day, boolean found);
}
