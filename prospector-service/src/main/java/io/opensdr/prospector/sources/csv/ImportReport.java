package io.opensdr.prospector.sources.csv;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did with a file. {@code rowsRead} counts the data rows (blank rows aside);
 * {@code imported + rejected + duplicates + suppressed = rowsRead}. {@code errors}, {@code duplicateRows}
 * and {@code suppressedRows} keep the first ones only (see {@code errorsTruncated}), the counts count them all.
 *
 * @param status    COMPLETED, or REJECTED when the file as a whole was refused (then nothing
 *                  of it is stored and {@code fileError} says why)
 * @param delimiter the delimiter used, given or detected
 * @param suppressed     rows not imported because their person unsubscribed, complained, bounced,
 *                       objected or was erased in this workspace: never imported again, from any source
 * @param suppressedRows the row numbers of the first such rows (the addresses are not repeated)
 */
public record ImportReport(String importId, String campaignId, String fileName, String status, String delimiter,
                           Map<String, String> mapping, long rowsRead, long imported, long rejected, long duplicates,
                           List<RowError> errors, List<DuplicateRow> duplicateRows, boolean errorsTruncated,
                           long malformedUtf8Sequences, String fileError, Instant startedAt, Instant finishedAt,
                           long suppressed, List<Long> suppressedRows) {

    public static final String COMPLETED = "COMPLETED";
    public static final String REJECTED = "REJECTED";

    public ImportReport {
        mapping = mapping == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mapping)); // column order
        errors = List.copyOf(errors);
        duplicateRows = List.copyOf(duplicateRows);
        suppressedRows = suppressedRows == null ? List.of() : List.copyOf(suppressedRows);
    }

    /**
     * A row not imported because its person is already there.
     *
     * @param firstRow the row of this file with the same email, or null when an earlier import
     *                 of the campaign has it
     */
    public record DuplicateRow(long row, String email, Long firstRow) {
    }
}
