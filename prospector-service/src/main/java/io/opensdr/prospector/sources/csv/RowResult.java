package io.opensdr.prospector.sources.csv;

import io.opensdr.prospector.domain.Candidate;

/** A validated row: a candidate to import, a row to report, or a blank row to pass over. */
record RowResult(Candidate candidate, RowError error) {

    static final RowResult BLANK = new RowResult(null, null);

    static RowResult valid(Candidate candidate) {
        return new RowResult(candidate, null);
    }

    static RowResult invalid(long row, String column, String reason) {
        return new RowResult(null, new RowError(row, column, reason));
    }

    boolean isBlank() {
        return candidate == null && error == null;
    }
}
