package io.opensdr.campaign.domain;

/** The qualifier's decision on a prospect; a re-scoring replaces the earlier one. */
public enum Qualification {
    QUALIFIED,
    REVIEW,
    REJECTED
}
