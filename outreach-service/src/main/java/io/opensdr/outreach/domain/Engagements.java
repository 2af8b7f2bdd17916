package io.opensdr.outreach.domain;

/** Records engagements (and publishes each as an EmailEngagement event through the outbox). */
public interface Engagements {

    /** @return false when this engagement was already recorded (same providerEventId), so nothing was published */
    boolean record(Engagement engagement);

    /** A prospect who replied (not an auto-reply) gets no further email. */
    boolean hasReplied(String prospectId);
}
