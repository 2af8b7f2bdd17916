package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.Optional;

/** Bookings, one per (scheduler, booking); announced ones carry MeetingBooked in the same write. */
public interface MeetingStore {

    Optional<Meeting> find(Scheduler scheduler, String bookingRef);

    /**
     * Stores a booking not seen before, and with it its MeetingBooked when {@code announce}.
     *
     * @return false when the booking is already stored (nothing is written)
     */
    boolean insert(Meeting meeting, boolean announce, Instant at);

    /**
     * Replaces {@code current} with {@code next} (same booking), and records its MeetingBooked when
     * {@code announce}, in one write that holds only while the stored status is still current's.
     *
     * @return false when the stored booking changed meanwhile (nothing is written)
     */
    boolean update(Meeting current, Meeting next, boolean announce, Instant at);

    /**
     * The newest booking of this prospect at this scheduler that was left for a new time
     * (MOVED) and whose new booking has not arrived yet.
     */
    Optional<Meeting> awaitingNewTime(Scheduler scheduler, String prospectId);
}
