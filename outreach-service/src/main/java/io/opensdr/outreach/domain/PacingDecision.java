package io.opensdr.outreach.domain;

/** Whether an email may leave now, and if not, why. */
public enum PacingDecision {
    SEND,
    /** Outside the campaign's days or hours in the prospect's time zone: other prospects may be inside theirs. */
    OUTSIDE_WINDOW,
    /** The prospect already got an email today. */
    PROSPECT_EMAILED_TODAY,
    /** The mailbox sent its daily cap today (lowered while a new mailbox ramps up). */
    DAILY_CAP_REACHED,
    /** The campaign sent its daily cap today. */
    CAMPAIGN_CAP_REACHED,
    /** The mailbox's next send, spaced with jitter after its last one, is not due yet. */
    TOO_SOON;

    /** Whether this stops the campaign's whole pass, rather than only this email. */
    public boolean stopsTheCampaign() {
        return this == DAILY_CAP_REACHED || this == CAMPAIGN_CAP_REACHED || this == TOO_SOON;
    }
}
