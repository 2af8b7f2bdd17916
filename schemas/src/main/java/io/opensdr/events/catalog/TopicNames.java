package io.opensdr.events.catalog;

/**
 * Topic names as compile-time constants, so that {@code @KafkaListener(topics = ...)} can name a
 * topic without a string literal. {@link EventTopic} is the typed catalogue built on them; use it
 * everywhere else.
 */
public final class TopicNames {

    public static final String CAMPAIGN = "sdr.campaign.v1";
    public static final String PROSPECT_FOUND = "sdr.prospect-found.v1";
    public static final String PROSPECT_QUALIFIED = "sdr.prospect-qualified.v1";
    public static final String EMAIL_DRAFTED = "sdr.email-drafted.v1";
    public static final String EMAIL_APPROVED = "sdr.email-approved.v1";
    public static final String EMAIL_SENT = "sdr.email-sent.v1";
    public static final String EMAIL_ENGAGEMENT = "sdr.email-engagement.v1";
    public static final String MEETING_BOOKED = "sdr.meeting-booked.v1";
    public static final String PERSON_SUPPRESSED = "sdr.person-suppressed.v1";
    public static final String PROSPECT_REVIEWED = "sdr.prospect-reviewed.v1";

    /** Every topic's dead-letter topic is its name followed by this suffix. */
    public static final String DLT_SUFFIX = "-dlt";

    private TopicNames() {
    }
}
