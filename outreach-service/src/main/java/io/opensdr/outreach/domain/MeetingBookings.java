package io.opensdr.outreach.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what schedulers report (bookings, reschedules, cancellations) into meetings of known
 * prospects, each change announced once. The prospect is found by the ids the booking link
 * carried ({@code utm_content} = prospect, {@code utm_campaign} = campaign), else by the invitee's
 * address among the prospects outreach wrote to (in the campaign's workspace when the campaign is
 * known); a booking that matches nobody is stored and never announced. A reschedule keeps the
 * meeting id and the prospect of the booking it replaces.
 *
 * <p>Idempotent: a booking moves only forward ({@link MeetingStatus#canBecome}), every write is
 * conditional on the status it leaves, so a replayed or late notice changes nothing.
 */
public class MeetingBookings {

    private static final Logger log = LoggerFactory.getLogger(MeetingBookings.class);
    private static final int ATTEMPTS = 5;

    private final MeetingStore meetings;
    private final MeetingProspects prospects;
    private final CampaignStore campaigns;
    private final Clock clock;

    public MeetingBookings(MeetingStore meetings, MeetingProspects prospects, CampaignStore campaigns, Clock clock) {
        this.meetings = meetings;
        this.prospects = prospects;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public BookingOutcome record(BookingNotice notice) {
        // Each pass either writes or sees that another writer got there first; then it reads again.
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<Meeting> stored = meetings.find(notice.scheduler(), notice.bookingRef());
            Optional<BookingOutcome> outcome = stored.isPresent()
                    ? change(stored.get(), notice, now)
                    : first(notice, now);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("Booking " + notice.bookingRef() + " kept changing while it was recorded");
    }

    private Optional<BookingOutcome> change(Meeting current, BookingNotice notice, Instant now) {
        MeetingStatus next = notice.status();
        if (!current.status().canBecome(next)) {
            return Optional.of(new BookingOutcome(BookingOutcome.Result.DUPLICATE, current.meetingId(), current.status()));
        }
        Meeting changed = current.withChange(next, notice.startsAt(), notice.endsAt());
        // A booking that was MOVED lives on in its new booking: cancelling the old one is not news.
        boolean announce = current.isMatched() && next.isAnnounced() && current.status() != MeetingStatus.MOVED;
        if (!meetings.update(current, changed, announce, now)) {
            return Optional.empty();
        }
        return Optional.of(outcomeOf(changed));
    }

    private Optional<BookingOutcome> first(BookingNotice notice, Instant now) {
        Optional<Meeting> previous = Optional.ofNullable(notice.previousRef())
                .flatMap(ref -> meetings.find(notice.scheduler(), ref));
        Optional<Match> match = match(notice);
        if (match.isEmpty() && previous.filter(Meeting::isMatched).isPresent()) {
            match = Optional.of(new Match(previous.get().prospect(), Meeting.MatchedBy.RESCHEDULE));
        }
        if (previous.isEmpty() && notice.previousRef() == null && notice.status() == MeetingStatus.BOOKED
                && match.isPresent()) {
            // Calendly reschedules as "old invitee cancelled (rescheduled)" then "new invitee created".
            previous = meetings.awaitingNewTime(notice.scheduler(), match.get().prospect().prospectId());
        }
        MeetingStatus status = previous.isPresent() && notice.status() == MeetingStatus.BOOKED
                ? MeetingStatus.RESCHEDULED : notice.status();
        String meetingId = previous.map(Meeting::meetingId)
                .orElseGet(() -> Meeting.meetingIdOf(notice.scheduler(), notice.bookingRef()));
        Meeting meeting = new Meeting(notice.scheduler(), notice.bookingRef(), meetingId, status,
                notice.startsAt(), notice.endsAt(),
                match.map(Match::prospect).orElse(null), match.map(Match::by).orElse(null),
                match.isPresent() ? null : notice.inviteeEmail(),
                previous.map(Meeting::bookingRef).orElse(notice.previousRef()), null);
        boolean announce = meeting.isMatched() && status.isAnnounced();
        if (!meetings.insert(meeting, announce, now)) {
            return Optional.empty();
        }
        previous.ifPresent(replaced -> {
            if (!meetings.update(replaced, replaced.movedTo(notice.bookingRef()), false, now)) {
                log.info("Booking {} changed while it was marked as moved to {}", replaced.bookingRef(), notice.bookingRef());
            }
        });
        if (!meeting.isMatched()) {
            log.info("{} booking {} matches no prospect (link ids {} / {}): recorded, not announced",
                    notice.scheduler(), notice.bookingRef(), notice.campaignId(), notice.prospectId());
        }
        return Optional.of(outcomeOf(meeting));
    }

    private Optional<Match> match(BookingNotice notice) {
        if (notice.prospectId() != null) {
            Optional<ProspectMatch> linked = prospects.byId(notice.prospectId(), notice.campaignId());
            if (linked.isPresent()) {
                return Optional.of(new Match(linked.get(), Meeting.MatchedBy.LINK));
            }
        }
        if (notice.inviteeEmail() == null || notice.inviteeEmail().isBlank()) {
            return Optional.empty();
        }
        String workspaceId = Optional.ofNullable(notice.campaignId()).flatMap(campaigns::find)
                .map(Campaign::workspaceId).orElse(null);
        List<ProspectMatch> found = prospects.byEmail(notice.inviteeEmail().trim(), workspaceId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.stream().map(ProspectMatch::workspaceId).distinct().count() > 1) {
            // Scheduler accounts are not tied to a workspace: guessing could hand the meeting to the wrong team.
            log.info("{} booking {}: the invitee's address belongs to prospects of several workspaces; left unmatched",
                    notice.scheduler(), notice.bookingRef());
            return Optional.empty();
        }
        ProspectMatch best = found.stream().filter(prospect -> prospect.campaignId().equals(notice.campaignId()))
                .findFirst().orElse(found.get(0));
        return Optional.of(new Match(best, Meeting.MatchedBy.EMAIL));
    }

    private static BookingOutcome outcomeOf(Meeting meeting) {
        return new BookingOutcome(meeting.isMatched() ? BookingOutcome.Result.RECORDED : BookingOutcome.Result.UNMATCHED,
                meeting.meetingId(), meeting.status());
    }

    private record Match(ProspectMatch prospect, Meeting.MatchedBy by) {
    }
}
