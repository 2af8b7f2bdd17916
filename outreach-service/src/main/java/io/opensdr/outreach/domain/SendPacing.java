package io.opensdr.outreach.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The pace rules of a sender mailbox: only inside the sending hours, at most its daily cap per
 * day, and at least the minimum spacing between two sends. Days and hours are counted in one
 * configured time zone (the team's), so a mailbox's day starts at the same instant for all of its
 * campaigns.
 *
 * @param windowStartHour first hour (0-23) of the day when emails may leave
 * @param windowEndHour   hour (1-24) when sending stops; 0 and 24 mean around the clock
 */
public record SendPacing(Duration minSpacing, ZoneId zone, int windowStartHour, int windowEndHour) {

    public SendPacing {
        if (minSpacing == null || minSpacing.isNegative()) {
            throw new IllegalArgumentException("The minimum spacing must be zero or more");
        }
        if (windowStartHour < 0 || windowEndHour > 24 || windowStartHour >= windowEndHour) {
            throw new IllegalArgumentException("The sending window must satisfy 0 <= start < end <= 24, not "
                    + windowStartHour + "-" + windowEndHour);
        }
    }

    public PacingDecision decide(Instant now, MailboxUsage usage, int dailyCap) {
        ZonedDateTime local = now.atZone(zone);
        if (local.getHour() < windowStartHour || local.getHour() >= windowEndHour) {
            return PacingDecision.OUTSIDE_WINDOW;
        }
        if (usage.sentOn(local.toLocalDate()) >= dailyCap) {
            return PacingDecision.DAILY_CAP_REACHED;
        }
        if (usage.lastSentAt() != null && now.isBefore(usage.lastSentAt().plus(minSpacing))) {
            return PacingDecision.TOO_SOON;
        }
        return PacingDecision.SEND;
    }

    /** The usage once one more email has left at {@code now}. */
    public MailboxUsage afterSendAt(Instant now, MailboxUsage usage) {
        return usage.withSendAt(now, dayOf(now));
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
