package io.opensdr.outreach.domain;

/** What became of a qualification. */
public enum DraftOutcome {
    /** A draft was stored and EmailDrafted recorded. */
    DRAFTED,
    /** The prospect already had its draft: nothing new. */
    ALREADY_DRAFTED,
    /** Not a prospect to email now (review band, rejected, not contactable, or a finished campaign). */
    SKIPPED,
    /** Waits for the campaign's next snapshot. */
    PARKED
}
