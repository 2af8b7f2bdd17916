package io.opensdr.campaign.domain;

/** A human's decision on a prospect the qualifier left to review. */
public enum ReviewDecision {
    QUALIFIED,
    REJECTED
}
