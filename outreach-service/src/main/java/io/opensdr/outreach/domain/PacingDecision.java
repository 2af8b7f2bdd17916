package io.opensdr.outreach.domain;

/** Whether a mailbox may send now, and if not, why. */
public enum PacingDecision {
    SEND,
    /** The local time is outside the configured sending hours. */
    OUTSIDE_WINDOW,
    /** The mailbox sent its daily cap today. */
    DAILY_CAP_REACHED,
    /** The mailbox sent less than the minimum spacing ago. */
    TOO_SOON
}
