package io.opensdr.prospector.sources.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A completed import as the CSV source serves it: its rows occupy the cursor positions
 * {@code [base, base + size)} of its campaign, best priority first. Imports are served in the
 * order they completed, so a new import never moves the rows before a stored cursor.
 *
 * @param countsByPriority how many rows the import kept at each priority 0..100
 */
public record ImportSegment(String importId, long base, int[] countsByPriority) {

    public static final int PRIORITIES = 101;

    public ImportSegment {
        if (countsByPriority.length != PRIORITIES) {
            throw new IllegalArgumentException("one count per priority 0..100 is needed");
        }
        countsByPriority = countsByPriority.clone();
    }

    public long size() {
        long size = 0;
        for (int count : countsByPriority) {
            size += count;
        }
        return size;
    }

    /** The keys of the rows at positions {@code [from, from + limit)} of a campaign's segments. */
    static List<String> keysAt(List<ImportSegment> segments, long from, int limit) {
        List<String> keys = new ArrayList<>(Math.max(0, Math.min(limit, 1_000)));
        long position = from;
        for (ImportSegment segment : segments) {
            if (keys.size() == limit) {
                break;
            }
            long local = position - segment.base();
            if (local < 0 || local >= segment.size()) {
                continue;
            }
            for (int priority = PRIORITIES - 1; priority >= 0 && keys.size() < limit; priority--) {
                int count = segment.countsByPriority[priority];
                if (local >= count) {
                    local -= count;
                    continue;
                }
                for (long seq = local; seq < count && keys.size() < limit; seq++) {
                    keys.add(ImportedRow.key(segment.importId(), priority, (int) seq));
                    position++;
                }
                local = 0;
            }
        }
        return keys;
    }
}
