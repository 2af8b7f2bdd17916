package io.opensdr.prospector.web;

import io.opensdr.prospector.sources.csv.CsvImportService;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limits is refused before any controller runs; this says so as a
 * 413 problem detail that states the limit (service-kit's advice would answer 413 without it).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitAdvice {

    private final CsvImportService imports;

    public UploadLimitAdvice(CsvImportService imports) {
        this.imports = imports;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        long max = imports.settings().maxFileBytes();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload is larger than the limit of " + max + " bytes.");
        problem.setTitle("File too large");
        problem.setProperty("maxFileBytes", max);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
