package io.opensdr.campaign.domain;

/** What happened to a sent email. Only a human reply counts as one; an auto-reply does not. */
public enum Engagement {
    DELIVERED,
    OPENED,
    CLICKED,
    REPLIED,
    AUTO_REPLIED,
    BOUNCED,
    UNSUBSCRIBED,
    SPAM_REPORTED
}
