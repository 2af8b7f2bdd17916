package io.opensdr.prospector.sources.rocketreach;

import java.time.LocalDate;
import java.time.YearMonth;

/** The lookup quota for unit tests: a day's counter only. */
final class InMemoryLookupQuota implements LookupQuota {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private final int perDay;
    private int used;

    InMemoryLookupQuota(int perDay) {
        this.perDay = perDay;
    }

    @Override
    public synchronized boolean tryConsume() {
        if (used >= perDay) {
            return false;
        }
        used++;
        return true;
    }

    @Override
    public synchronized Status status() {
        return new Status(DAY, used, perDay, YearMonth.from(DAY), used, null);
    }

    synchronized int used() {
        return used;
    }
}
