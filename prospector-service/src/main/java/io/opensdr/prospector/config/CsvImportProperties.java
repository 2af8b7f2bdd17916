package io.opensdr.prospector.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The CSV import (opensdr.prospector.csv-import.*).
 *
 * @param maxFileSize     the largest file accepted, answered with 413 above; keep
 *                        spring.servlet.multipart.max-file-size equal and max-request-size a little
 *                        larger (application.yml does)
 * @param batchSize       rows written to MongoDB at once
 * @param maxStoredErrors errors and duplicate rows a report keeps (all are counted)
 * @param previewRows     sample rows a preview returns
 * @param maxRowChars     the longest row accepted (an unclosed quote would make one row of the
 *                        rest of the file); the file is refused above
 * @param staleLockAfter  when an import that never finished stops blocking the campaign's next one
 */
@ConfigurationProperties(prefix = "opensdr.prospector.csv-import")
public record CsvImportProperties(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("1000") int batchSize,
                                  @DefaultValue("1000") int maxStoredErrors, @DefaultValue("5") int previewRows,
                                  @DefaultValue("1000000") long maxRowChars, @DefaultValue("30m") Duration staleLockAfter) {
}
