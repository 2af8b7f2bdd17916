package io.opensdr.campaign.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;

/** When prospects may book a meeting: days, hours [startHour, endHour) in a time zone, and the booking link. */
public record MeetingAvailability(List<DayOfWeek> days, int startHour, int endHour, ZoneId timeZone,
                                  String schedulerLink) {

    public MeetingAvailability {
        days = days == null ? List.of() : List.copyOf(days);
        if (startHour < 0 || startHour > 24 || endHour < 0 || endHour > 24) {
            throw new IllegalArgumentException("Meeting hours are between 0 and 24");
        }
        if (startHour >= endHour) {
            throw new IllegalArgumentException("Meetings must start before they end");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("The meeting time zone is required");
        }
    }
}
