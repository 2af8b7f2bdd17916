package io.opensdr.prospector.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.kit.security.Caller;
import io.opensdr.prospector.sources.csv.CsvImportException;
import io.opensdr.prospector.sources.csv.CsvImportService;
import io.opensdr.prospector.sources.csv.CsvPreview;
import io.opensdr.prospector.sources.csv.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV import of a campaign's prospects. A client previews a file (its header, a few rows and the
 * mapping its header suggests), then imports it with a column mapping and gets the report at
 * once; the report stays readable by its id. Only for a campaign of the caller's workspace (another
 * workspace's campaign, and its imports, are 404).
 */
@RestController
public class CsvImportController {

    private static final String IMPORTS = "/api/prospector/campaigns/{campaignId}/csv-imports";

    private final CsvImportService imports;
    private final ObjectMapper json;

    public CsvImportController(CsvImportService imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(path = IMPORTS + "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public CsvPreview preview(Caller caller, @PathVariable String campaignId,
                              @RequestParam(name = "file", required = false) MultipartFile file,
                              @RequestParam(name = "delimiter", required = false) String delimiter) {
        return read(file, in -> imports.preview(caller.workspaceId(), campaignId, file.getOriginalFilename(), in, delimiter));
    }

    /**
     * @param mapping a JSON object, CSV column name → field ({@code {"E-mail":"email"}}); without
     *                it, the mapping the header suggests is used if it finds an email column
     */
    @PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportReport> importCsv(Caller caller, @PathVariable String campaignId,
                                                  @RequestParam(name = "file", required = false) MultipartFile file,
                                                  @RequestParam(name = "mapping", required = false) String mapping,
                                                  @RequestParam(name = "delimiter", required = false) String delimiter) {
        Map<String, String> requested = mapping == null || mapping.isBlank() ? null : parseMapping(mapping);
        ImportReport report = read(file, in -> imports.importCsv(caller.workspaceId(), campaignId, file.getOriginalFilename(), in, requested, delimiter));
        return ResponseEntity.created(URI.create("/api/prospector/campaigns/" + campaignId + "/csv-imports/" + report.importId()))
                .body(report);
    }

    @GetMapping(IMPORTS + "/{importId}")
    public ImportReport report(Caller caller, @PathVariable String campaignId, @PathVariable String importId) {
        return imports.report(caller.workspaceId(), campaignId, importId);
    }

    /** The campaign's imports, newest first, without their lists of errors. */
    @GetMapping(IMPORTS)
    public List<ImportReport> reports(Caller caller, @PathVariable String campaignId) {
        return imports.reports(caller.workspaceId(), campaignId);
    }

    @ExceptionHandler(CsvImportException.class)
    ResponseEntity<ProblemDetail> refused(CsvImportException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID_REQUEST, INVALID_FILE -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case IMPORT_RUNNING -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.title());
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A request that is not multipart, or whose multipart body is broken. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        return refused(new CsvImportException(CsvImportException.Kind.INVALID_REQUEST, "Invalid request",
                "Send the file as multipart/form-data, in a part named \"file\"."));
    }

    private <T> T read(MultipartFile file, IoFunction<T> reading) {
        if (file == null) {
            throw CsvImportException.invalidField("No file", "file",
                    "No file was sent: send the CSV as multipart/form-data, in a part named \"file\".");
        }
        if (file.isEmpty()) {
            throw new CsvImportException(CsvImportException.Kind.INVALID_FILE, "Empty file", "The file is empty.");
        }
        long max = imports.settings().maxFileBytes();
        if (file.getSize() > max) {
            throw new CsvImportException(CsvImportException.Kind.TOO_LARGE, "File too large",
                    "The file has " + file.getSize() + " bytes; the limit is " + max + " bytes.", Map.of("maxFileBytes", max));
        }
        try (InputStream in = file.getInputStream()) {
            return reading.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read back", e);
        }
    }

    private Map<String, String> parseMapping(String mapping) {
        try {
            Map<String, String> parsed = json.readValue(mapping, new TypeReference<Map<String, String>>() { });
            if (parsed == null) {
                throw new JsonProcessingException("null") { };
            }
            return parsed;
        } catch (JsonMappingException e) {
            if (e.getPath().size() == 1 && e.getPath().get(0).getFieldName() != null) {
                // A column's value of the wrong JSON type: a number, a boolean (refused, not read as text, by
                // service-kit's JsonInputConfiguration) or an object.
                throw CsvImportException.invalidField("Invalid column mapping", "mapping", "The field for column \""
                        + e.getPath().get(0).getFieldName() + "\" must be a field name as text, or null to leave the column out.");
            }
            throw notAMapping();
        } catch (JsonProcessingException e) {
            throw notAMapping();
        }
    }

    private static CsvImportException notAMapping() {
        return CsvImportException.invalidField("Invalid column mapping", "mapping",
                "The mapping must be a JSON object of CSV column names to fields, e.g. {\"E-mail\":\"email\"}.");
    }

    @FunctionalInterface
    private interface IoFunction<T> {
        T apply(InputStream in) throws IOException;
    }
}
