package io.opensdr.prospector.sources.csv;

import io.opensdr.prospector.domain.Candidate;

/**
 * A row kept by an import. Within its import, rows are ranked by priority (best first), then by
 * their order in the file: {@code seq} is the row's place among its import's rows of the same
 * priority (0, 1, 2... with no gap), so that a cursor position maps to exactly one row.
 */
public record ImportedRow(String campaignId, String importId, long row, int priority, int seq, long emailHash,
                          Candidate candidate) {

    /** The row's key: import, priority, place in that priority. */
    public static String key(String importId, int priority, int seq) {
        return importId + "/" + priority + "/" + seq;
    }

    public String key() {
        return key(importId, priority, seq);
    }
}
