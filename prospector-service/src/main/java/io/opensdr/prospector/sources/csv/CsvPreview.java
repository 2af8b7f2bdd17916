package io.opensdr.prospector.sources.csv;

import java.util.List;
import java.util.Map;

/**
 * The beginning of a file, for choosing the mapping: its header, a few rows, the mapping its
 * header names suggest and what that suggestion lacks.
 */
public record CsvPreview(String fileName, String delimiter, List<String> headers, List<List<String>> sampleRows,
                         Map<String, String> suggestedMapping, List<String> missingMandatoryFields, List<String> fields) {
}
