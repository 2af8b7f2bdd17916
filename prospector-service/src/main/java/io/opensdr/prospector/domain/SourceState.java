package io.opensdr.prospector.domain;

/** How a campaign's source stands, as the last search left it. */
public enum SourceState {
    /** Not searched yet for the current target profile. */
    NOT_SEARCHED,
    /** It returned candidates; there may be more. */
    READY,
    /** It has nobody more for the target profile; it is asked again after a while. */
    EXHAUSTED,
    /** It refused or failed (its own quota reached, rate limited, down); asked again after a while. */
    UNAVAILABLE,
    /** The service has no source of the campaign's kind (not configured here). */
    NO_SOURCE
}
