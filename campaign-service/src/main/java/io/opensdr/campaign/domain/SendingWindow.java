package io.opensdr.campaign.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a campaign's emails may leave and how many a day: on {@code days}, from {@code startHour}
 * to {@code endHour} in each prospect's own time zone, or in {@code timeZone} when the prospect's
 * is unknown (null: the meeting's time zone); at most {@code dailyCap} emails a day for the whole
 * campaign, on top of the mailbox's own cap.
 */
public record SendingWindow(List<DayOfWeek> days, int startHour, int endHour, ZoneId timeZone, int dailyCap) {

    public static final int MAX_DAILY_CAP = 10_000;

    public SendingWindow {
        if (days == null || days.isEmpty()) {
            throw new InvalidFieldException("days", "must name at least one day");
        }
        days = List.copyOf(EnumSet.copyOf(days));
        if (startHour < 0 || startHour > 23) {
            throw new InvalidFieldException("startHour", "must be between 0 and 23");
        }
        if (endHour < 1 || endHour > 24) {
            throw new InvalidFieldException("endHour", "must be between 1 and 24");
        }
        if (endHour <= startHour) {
            throw new InvalidFieldException("endHour", "must be later than the start hour");
        }
        if (dailyCap < 1 || dailyCap > MAX_DAILY_CAP) {
            throw new InvalidFieldException("dailyCap", "must be between 1 and " + MAX_DAILY_CAP);
        }
    }

    /** Weekdays 9:00-17:00 in the prospect's zone (the meeting's when unknown), 100 emails a day. */
    public static SendingWindow defaults() {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        return new SendingWindow(List.copyOf(weekdays), 9, 17, null, 100);
    }
}
