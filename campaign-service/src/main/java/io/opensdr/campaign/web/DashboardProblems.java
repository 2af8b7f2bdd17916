package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.InvalidFieldException;
import io.opensdr.kit.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The dashboard's invalid parameters, as RFC 9457 problems with the field and its message. */
@RestControllerAdvice(assignableTypes = DashboardController.class)
class DashboardProblems {

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException ex) {
        return ProblemDetailsAdvice.invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
    }
}
