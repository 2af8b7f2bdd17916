package io.opensdr.outreach.domain;

/** Why an address may never be emailed again by its workspace. */
public enum SuppressionReason {
    UNSUBSCRIBED, SPAM_REPORTED, HARD_BOUNCED, OBJECTED, ERASED
}
