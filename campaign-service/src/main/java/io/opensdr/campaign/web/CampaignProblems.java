package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.IncompleteCampaignException;
import io.opensdr.campaign.domain.InvalidFieldException;
import io.opensdr.kit.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457) of the campaign, review-queue and prospect endpoints, before
 * service-kit's general ones (which answer unknown fields, wrong types such as an operator object
 * {@code {"$gt": ""}} where a string is expected, and unreadable parameters): a field-level 400
 * for a value the domain refuses; a 409 listing every missing step for a launch refused because
 * the setup is incomplete.
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

    static ProblemDetail invalid(List<Map<String, String>> errors) {
        return ProblemDetailsAdvice.invalid(errors);
    }
}
