package io.opensdr.prospector.sources.csv;

import java.time.Duration;

/**
 * @param maxFileBytes   the largest file accepted (413 above)
 * @param batchSize      rows written to the store at once
 * @param maxStoredErrors errors (and duplicate rows) a report keeps; all are counted
 * @param previewRows    sample rows a preview returns
 * @param maxRowChars    the longest row accepted before the file is taken for broken
 * @param staleLockAfter when a campaign's import lock is taken for dead
 */
public record CsvImportSettings(long maxFileBytes, int batchSize, int maxStoredErrors, int previewRows, long maxRowChars,
                                Duration staleLockAfter) {

    public CsvImportSettings {
        if (maxFileBytes < 1 || batchSize < 1 || maxStoredErrors < 0 || previewRows < 0 || maxRowChars < 1) {
            throw new IllegalArgumentException("CSV import settings out of range");
        }
    }
}
