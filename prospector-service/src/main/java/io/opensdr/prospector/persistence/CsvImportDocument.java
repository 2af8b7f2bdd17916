package io.opensdr.prospector.persistence;

import io.opensdr.prospector.sources.csv.ImportReport;
import io.opensdr.prospector.sources.csv.RowError;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The report of a CSV import, in {@code csv_imports}. The mapping is a list of pairs: a column's
 * name may hold dots or start with "$", which MongoDB field names may not.
 */
@Document(CsvImportDocument.COLLECTION)
record CsvImportDocument(@Id String id, @Indexed String campaignId, String fileName, String status, String delimiter,
                         List<MappedColumn> mapping, long rowsRead, long imported, long rejected, long duplicates,
                         List<RowError> errors, List<ImportReport.DuplicateRow> duplicateRows, boolean errorsTruncated,
                         long malformedUtf8Sequences, String fileError, Instant startedAt, Instant finishedAt,
                         Long suppressed, List<Long> suppressedRows) {

    static final String COLLECTION = "csv_imports";

    record MappedColumn(String column, String field) {
    }
}
