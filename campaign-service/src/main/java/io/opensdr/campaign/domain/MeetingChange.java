package io.opensdr.campaign.domain;

/** A booking made, moved or cancelled through the campaign's scheduler link. */
public enum MeetingChange {
    BOOKED,
    RESCHEDULED,
    CANCELED;

    /** After this change the prospect has a meeting. */
    public boolean leavesAMeeting() {
        return this != CANCELED;
    }
}
