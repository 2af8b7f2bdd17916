package io.opensdr.outreach.domain;

/**
 * Where one booking stands. A booking only moves forward (BOOKED → RESCHEDULED → MOVED →
 * CANCELED, skipping any), so a late or replayed delivery of an older change never undoes a newer
 * one, and the same change twice is nothing new.
 */
public enum MeetingStatus {
    /** Booked through the link. */
    BOOKED,
    /** Booked as the new time of an earlier booking; carries that booking's meeting. */
    RESCHEDULED,
    /** Replaced by a new booking (the invitee rescheduled): the meeting lives on in that one. Never published. */
    MOVED,
    /** Cancelled. */
    CANCELED;

    public boolean canBecome(MeetingStatus next) {
        return next.ordinal() > ordinal();
    }

    /** Only these are announced; MOVED is the bookkeeping half of a reschedule. */
    public boolean isAnnounced() {
        return this != MOVED;
    }
}
