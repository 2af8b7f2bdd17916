package io.opensdr.campaign.domain;

/** A step a prospect reaches once and keeps: reaching it again (a redelivered event) changes nothing. */
public enum Milestone {
    FOUND,
    DRAFTED,
    APPROVED,
    SENT,
    REPLIED
}
