package io.opensdr.outreach.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a campaign's emails may leave and how many per day: only on {@code days}, between
 * {@code startHour} and {@code endHour}, in the prospect's own time zone when it is known and
 * {@code zone} otherwise; at most {@code dailyCap} emails of the campaign per day, on top of the
 * mailbox's own cap.
 *
 * @param endHour 1-24; 24 means until midnight
 */
public record CampaignSending(Set<DayOfWeek> days, int startHour, int endHour, ZoneId zone, int dailyCap) {

    public static final int DEFAULT_DAILY_CAP = 100;

    public CampaignSending {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        Objects.requireNonNull(zone, "zone");
        if (startHour < 0 || endHour > 24 || startHour >= endHour) {
            throw new IllegalArgumentException("The sending window must satisfy 0 <= start < end <= 24, not "
                    + startHour + "-" + endHour);
        }
        if (dailyCap < 0) {
            throw new IllegalArgumentException("The campaign's daily cap must be zero or more");
        }
    }

    /** Weekdays 9:00-17:00, 100 emails a day: what a campaign gets when its snapshot says nothing. */
    public static CampaignSending defaults(ZoneId zone) {
        return new CampaignSending(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 9, 17, zone, DEFAULT_DAILY_CAP);
    }

    /** Whether an email to someone in {@code prospectZone} (null: unknown) may leave at {@code now}. */
    public boolean isOpenAt(Instant now, ZoneId prospectZone) {
        ZonedDateTime local = now.atZone(prospectZone != null ? prospectZone : zone);
        return days.contains(local.getDayOfWeek()) && local.getHour() >= startHour && local.getHour() < endHour;
    }
}
