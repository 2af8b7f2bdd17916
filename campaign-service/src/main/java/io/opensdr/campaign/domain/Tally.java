package io.opensdr.campaign.domain;

/**
 * One pre-aggregated dashboard counter. Each counts prospects (a prospect counts at most once per
 * counter), except {@link #EMAILS_SENT}, which counts emails (one per prospect and sequence step).
 * {@link #QUALIFIED}, {@link #IN_REVIEW}, {@link #REJECTED}, {@link #HOT} and {@link #MEETINGS}
 * follow the prospect's current state: a re-scoring or a cancelled meeting moves the prospect out
 * again, so their per-day values are net changes (they can be negative) whose sum is the total.
 */
public enum Tally {
    PROSPECTS_FOUND("prospectsFound"),
    QUALIFIED("qualified"),
    IN_REVIEW("inReview"),
    REJECTED("rejected"),
    HOT("hot"),
    EMAILS_DRAFTED("emailsDrafted"),
    EMAILS_APPROVED("emailsApproved"),
    PROSPECTS_CONTACTED("prospectsContacted"),
    EMAILS_SENT("emailsSent"),
    DELIVERED("delivered"),
    HUMAN_OPENS("humanOpens"),
    CLICKS("clicks"),
    REPLIES("replies"),
    BOUNCES("bounces"),
    UNSUBSCRIBES("unsubscribes"),
    SPAM_REPORTS("spamReports"),
    MEETINGS_BOOKED("meetingsBooked");

    private final String key;

    Tally(String key) {
        this.key = key;
    }

    /** The counter's stable name, in storage and in the API. */
    public String key() {
        return key;
    }

    /** The counter a prospect enters by reaching the milestone for the first time. */
    static Tally of(Milestone milestone) {
        return switch (milestone) {
            case FOUND -> PROSPECTS_FOUND;
            case DRAFTED -> EMAILS_DRAFTED;
            case APPROVED -> EMAILS_APPROVED;
            case SENT -> PROSPECTS_CONTACTED;
            case DELIVERED -> DELIVERED;
            case OPENED -> HUMAN_OPENS;
            case CLICKED -> CLICKS;
            case REPLIED -> REPLIES;
            case BOUNCED -> BOUNCES;
            case UNSUBSCRIBED -> UNSUBSCRIBES;
            case SPAM_REPORTED -> SPAM_REPORTS;
        };
    }

    static Tally of(Qualification qualification) {
        return switch (qualification) {
            case QUALIFIED -> QUALIFIED;
            case REVIEW -> IN_REVIEW;
            case REJECTED -> REJECTED;
        };
    }
}
