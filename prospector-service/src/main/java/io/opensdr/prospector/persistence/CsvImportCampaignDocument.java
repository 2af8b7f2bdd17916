package io.opensdr.prospector.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign's CSV imports, in {@code csv_import_campaigns}: the lock that keeps two imports of
 * the campaign apart, and the completed imports in the order the CSV source serves them. A commit
 * is one update of this document.
 */
@Document(CsvImportCampaignDocument.COLLECTION)
record CsvImportCampaignDocument(@Id String id, String lockedBy, Instant lockedAt, long committedRows,
                                 List<Segment> segments) {

    static final String COLLECTION = "csv_import_campaigns";

    record Segment(String importId, long base, List<Integer> countsByPriority) {
    }
}
