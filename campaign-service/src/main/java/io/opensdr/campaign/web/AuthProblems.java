package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.AuthenticationFailedException;
import io.opensdr.campaign.domain.InvalidFieldException;
import io.opensdr.campaign.domain.InvalidInvitationException;
import io.opensdr.campaign.domain.LastOwnerException;
import io.opensdr.campaign.domain.LoginLockedException;
import io.opensdr.campaign.domain.NotAnOwnerException;
import io.opensdr.kit.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457) for the sign-in and workspace endpoints, before service-kit's
 * general ones: 401 for refused credentials or sessions, 429 with {@code Retry-After} while a
 * login is locked, 403 for a member doing an owner's work, 400 with field-level messages for a
 * weak password, 409 when the last owner would be demoted or removed (service-kit's general advice answers an unknown field or a wrong type).
 */
@RestControllerAdvice(assignableTypes = {AuthController.class, WorkspaceController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthProblems {

    @ExceptionHandler(AuthenticationFailedException.class)
    ProblemDetail unauthorized(AuthenticationFailedException ex) {
        return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", ex.getMessage());
    }

    @ExceptionHandler(LoginLockedException.class)
    ResponseEntity<ProblemDetail> locked(LoginLockedException ex) {
        long seconds = Math.max(1, ex.retryAfter().toSeconds() + (ex.retryAfter().toNanosPart() > 0 ? 1 : 0));
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", ex.getMessage());
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException ex) {
        return invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
    }

    @ExceptionHandler(InvalidInvitationException.class)
    ProblemDetail invalidInvitation(InvalidInvitationException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid invitation", ex.getMessage());
    }

    @ExceptionHandler(LastOwnerException.class)
    ProblemDetail lastOwner(LastOwnerException ex) {
        return problem(HttpStatus.CONFLICT, "Last owner", ex.getMessage());
    }

    @ExceptionHandler(NotAnOwnerException.class)
    ProblemDetail forbidden(NotAnOwnerException ex) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        return ProblemDetailsAdvice.invalid(errors);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
