package io.opensdr.outreach.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One booking at one scheduler, as outreach recorded it.
 *
 * @param meetingId     the meeting this booking is part of: its own for a first booking, the
 *                      earlier booking's for a reschedule, so that every change of one meeting
 *                      is announced under one id
 * @param prospect      whom it belongs to; null when no prospect matched (recorded, never announced)
 * @param matchedBy     how the prospect was found; null when unmatched
 * @param inviteeEmail  the invitee's address of an unmatched booking (null once matched); the store
 *                      keeps only its hash
 * @param previousRef   the booking this one replaced
 * @param supersededBy  the booking that replaced this one (MOVED)
 */
public record Meeting(Scheduler scheduler, String bookingRef, String meetingId, MeetingStatus status,
                      Instant startsAt, Instant endsAt, ProspectMatch prospect, MatchedBy matchedBy,
                      String inviteeEmail, String previousRef, String supersededBy) {

    /** How a booking was tied to its prospect. */
    public enum MatchedBy {
        /** By the ids carried in the booking link's utm parameters. */
        LINK,
        /** By the invitee's address. */
        EMAIL,
        /** From the booking it replaced. */
        RESCHEDULE
    }

    public boolean isMatched() {
        return prospect != null;
    }

    /** A first booking's meeting id: derived from the booking, so that a replay finds the same one. */
    public static String meetingIdOf(Scheduler scheduler, String bookingRef) {
        return UUID.nameUUIDFromBytes((scheduler.name() + ":" + bookingRef).getBytes(StandardCharsets.UTF_8)).toString();
    }

    Meeting withChange(MeetingStatus next, Instant newStart, Instant newEnd) {
        return new Meeting(scheduler, bookingRef, meetingId, next, newStart, newEnd, prospect, matchedBy,
                inviteeEmail, previousRef, supersededBy);
    }

    Meeting movedTo(String newBookingRef) {
        MeetingStatus next = status.canBecome(MeetingStatus.MOVED) ? MeetingStatus.MOVED : status;
        return new Meeting(scheduler, bookingRef, meetingId, next, startsAt, endsAt, prospect, matchedBy,
                inviteeEmail, previousRef, newBookingRef);
    }
}
