package io.opensdr.outreach.domain;

/** What happened to a sent email (mirrors the EmailEngagement event's type). */
public enum EngagementKind {
    DELIVERED, OPENED, CLICKED, REPLIED, AUTO_REPLIED, BOUNCED, UNSUBSCRIBED, SPAM_REPORTED
}
