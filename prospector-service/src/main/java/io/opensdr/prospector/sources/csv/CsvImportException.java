package io.opensdr.prospector.sources.csv;

import java.util.List;
import java.util.Map;

/**
 * A request or a file the import refuses as a whole (no file, an empty file, a bad mapping, a file
 * that is not CSV or not UTF-8 at all, another import running): nothing is stored.
 */
public class CsvImportException extends RuntimeException {

    /** How the refusal is answered at the HTTP edge. */
    public enum Kind { INVALID_REQUEST, INVALID_FILE, TOO_LARGE, IMPORT_RUNNING }

    private final Kind kind;
    private final String title;
    private final transient Map<String, Object> details;

    public CsvImportException(Kind kind, String title, String message) {
        this(kind, title, message, Map.of());
    }

    public CsvImportException(Kind kind, String title, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.title = title;
        this.details = Map.copyOf(details);
    }

    static CsvImportException badMapping(String message, List<String> headers) {
        return new CsvImportException(Kind.INVALID_REQUEST, "Invalid column mapping", message,
                Map.of("headers", headers, "fields", ProspectField.keys(), "errors", errors("mapping", message)));
    }

    /** A request refused for one field (a form part or parameter): the problem's {@code errors} name it. */
    public static CsvImportException invalidField(String title, String field, String message) {
        return new CsvImportException(Kind.INVALID_REQUEST, title, message, Map.of("errors", errors(field, message)));
    }

    private static List<Map<String, String>> errors(String field, String message) {
        return List.of(Map.of("field", field, "message", message));
    }

    static CsvImportException badFile(String message) {
        return new CsvImportException(Kind.INVALID_FILE, "Invalid CSV file", message);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem detail (the file's headers, the valid fields, a row number). */
    public Map<String, Object> details() {
        return details;
    }
}
