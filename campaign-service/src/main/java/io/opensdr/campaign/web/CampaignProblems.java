package io.opensdr.campaign.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.opensdr.campaign.domain.IncompleteCampaignException;
import io.opensdr.campaign.domain.InvalidFieldException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem details (RFC 9457) of the campaign, review-queue and prospect endpoints, before
 * service-kit's general ones: a field-level 400 for an unknown field, a value of the wrong type
 * (an operator object such as {@code {"$gt": ""}} where a string is expected), a parameter that
 * cannot be read or a value the domain refuses; a 409 listing every missing step for a launch
 * refused because the setup is incomplete.
 */
@RestControllerAdvice(assignableTypes = {CampaignController.class, CampaignSetupController.class, DraftController.class,
        ReviewController.class, ProspectController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CampaignProblems {

    @ExceptionHandler(IncompleteCampaignException.class)
    ProblemDetail incomplete(IncompleteCampaignException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Campaign setup incomplete");
        problem.setProperty("missing", ex.missing());
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException ex) {
        return invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException ex) {
        return invalid(List.of(Map.of("field", ex.getName(), "message", "has the wrong type or an unknown value")));
    }

    /** An unreadable body names the field at fault: unknown, or of the wrong type. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(Map.of("field", path(unknown), "message", "is not a known field")));
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(List.of(Map.of("field", path(mapping), "message", "has the wrong type")));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is missing or is not valid JSON.");
        problem.setTitle("Invalid request");
        return problem;
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
