package io.opensdr.prospector.sources.rocketreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The RocketReach plan's lookup credits we allow ourselves: so many per UTC day and, optionally,
 * per month. Shared by every instance and kept across restarts (see {@link MongoLookupQuota}).
 */
public interface LookupQuota {

    /** Takes one lookup from today's and this month's allowance; false, taking nothing, when either is spent. */
    boolean tryConsume();

    Status status();

    /**
     * @param perMonth null when the plan sets no monthly limit
     */
    record Status(LocalDate day, int usedToday, int perDay, YearMonth month, int usedThisMonth, Integer perMonth) {

        public int leftToday() {
            int left = perDay - usedToday;
            if (perMonth != null) {
                left = Math.min(left, perMonth - usedThisMonth);
            }
            return Math.max(0, left);
        }

        public boolean exhausted() {
            return leftToday() == 0;
        }

        /** When lookups can be taken again: the next UTC day, or the next month when the month's are spent. */
        public Instant resetsAt() {
            boolean monthSpent = perMonth != null && usedThisMonth >= perMonth;
            LocalDate next = monthSpent ? month.plusMonths(1).atDay(1) : day.plusDays(1);
            return next.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** What the progress of a campaign shows when the quota stops it. */
        public String describe() {
            return "RocketReach lookup quota spent: " + usedToday + " of " + perDay + " today"
                    + (perMonth == null ? "" : ", " + usedThisMonth + " of " + perMonth + " this month");
        }
    }
}
