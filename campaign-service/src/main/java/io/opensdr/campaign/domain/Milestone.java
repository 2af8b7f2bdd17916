package io.opensdr.campaign.domain;

/** A step a prospect reaches once and keeps: reaching it again (a redelivered event) changes nothing. */
public enum Milestone {
    FOUND,
    DRAFTED,
    APPROVED,
    SENT,
    DELIVERED,
    /** A human opened it: opens by scanners and privacy proxies never reach this milestone. */
    OPENED,
    /** A human clicked a link in it. */
    CLICKED,
    REPLIED,
    BOUNCED,
    UNSUBSCRIBED,
    SPAM_REPORTED
}
