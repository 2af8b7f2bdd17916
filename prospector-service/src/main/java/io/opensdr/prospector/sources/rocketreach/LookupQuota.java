package io.opensdr.prospector.sources.rocketreach;

import java.time.LocalDate;
import java.time.YearMonth;

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
    }
}
