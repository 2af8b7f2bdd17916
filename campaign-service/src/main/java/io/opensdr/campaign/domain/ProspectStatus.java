package io.opensdr.campaign.domain;

/** Where a prospect stands in qualification: not scored yet, or the decision that holds (the reviewer's over the qualifier's). */
public enum ProspectStatus {
    PENDING,
    QUALIFIED,
    REVIEW,
    REJECTED
}
