package io.opensdr.outreach.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.outreach.domain.Meeting;
import io.opensdr.outreach.domain.MeetingStatus;
import io.opensdr.outreach.domain.ProspectMatch;
import io.opensdr.outreach.domain.Scheduler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One booking at one scheduler; its id is scheduler:bookingRef, so the unique _id is "one document
 * per booking". MeetingBooked waits in its outbox until the relay publishes it. No address is
 * stored: a matched booking names its prospect, an unmatched one keeps the invitee's address hashed.
 */
@Document(MeetingDocument.COLLECTION)
@CompoundIndex(name = "prospect_scheduler_status", def = "{'prospectId': 1, 'scheduler': 1, 'status': 1}")
record MeetingDocument(@Id String id, String scheduler, String bookingRef, String meetingId, String status,
                       Instant startsAt, Instant endsAt, String workspaceId, String campaignId, String prospectId,
                       String matchedBy, String inviteeEmailSha256, String previousRef, String supersededBy,
                       Instant recordedAt, Instant changedAt, List<OutboxEntry> outbox) {

    static final String COLLECTION = "meetings";

    static String idOf(Scheduler scheduler, String bookingRef) {
        return scheduler.name() + ":" + bookingRef;
    }

    static MeetingDocument of(Meeting meeting, Instant at, List<OutboxEntry> outbox) {
        ProspectMatch prospect = meeting.prospect();
        return new MeetingDocument(idOf(meeting.scheduler(), meeting.bookingRef()), meeting.scheduler().name(),
                meeting.bookingRef(), meeting.meetingId(), meeting.status().name(), meeting.startsAt(),
                meeting.endsAt(), prospect == null ? null : prospect.workspaceId(),
                prospect == null ? null : prospect.campaignId(), prospect == null ? null : prospect.prospectId(),
                meeting.matchedBy() == null ? null : meeting.matchedBy().name(), sha256(meeting.inviteeEmail()),
                meeting.previousRef(), meeting.supersededBy(), at, at, outbox);
    }

    Meeting toDomain() {
        ProspectMatch prospect = prospectId == null ? null : new ProspectMatch(workspaceId, campaignId, prospectId);
        return new Meeting(Scheduler.valueOf(scheduler), bookingRef, meetingId, MeetingStatus.valueOf(status),
                startsAt, endsAt, prospect, matchedBy == null ? null : Meeting.MatchedBy.valueOf(matchedBy),
                null, previousRef, supersededBy);
    }

    /**
     * An unmatched booking's address is kept only as the hex SHA-256 of its trimmed lower-case form:
     * enough to tell whether a known address booked, without holding a person's address outside
     * what erasure reaches.
     */
    static String sha256(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
