package io.opensdr.kit.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.opensdr.kit.errors.ConflictException;
import io.opensdr.kit.errors.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error at the HTTP edge is an RFC 9457 problem detail: validation failures list each
 * field with its message ({@code errors}: {@code field}, {@code message}), whether the field is
 * in the body (unknown, of the wrong type such as an operator object {@code {"$gt": ""}} where a
 * string is expected, or refused by a constraint) or a parameter (missing, unreadable, out of range,
 * unknown or repeated: {@link StrictParameters}); a body over the limit is 413, unknown resources
 * are 404, illegal state changes 409, and nothing ever shows a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = invalid(ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error(error.getField(), error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .toList());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** An unreadable body names the field at fault: unknown, or of the wrong type; a body over the limit is 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return handleExceptionInternal(ex, tooLarge(tooLarge), headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
            }
        }
        ProblemDetail problem;
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = invalid(List.of(error(path(unknown), "is not a known field")));
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = invalid(List.of(error(path(mapping), "has the wrong type")));
        } else {
            boolean missing = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
            problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    missing ? "The body is missing." : "The body is not valid JSON.");
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        ProblemDetail problem = invalid(List.of(error(field == null ? "" : field, "has the wrong type or an unknown value")));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return required(ex, ex.getParameterName(), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return required(ex, ex.getRequestPartName(), headers, request);
    }

    private ResponseEntity<Object> required(Exception ex, String name, HttpHeaders headers, WebRequest request) {
        return handleExceptionInternal(ex, invalid(List.of(error(name, "is required"))), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A constraint on a parameter ({@code @Min} on a {@code @RequestParam}) names the parameter. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
            String name = param != null && !param.name().isEmpty() ? param.name() : result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(error(name == null ? "" : name,
                    error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        });
        return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException ex) {
        return invalid(ex.errors());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail payloadTooLarge(PayloadTooLargeException ex) {
        return tooLarge(ex);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        return invalid(ex.getConstraintViolations().stream()
                .map(violation -> error(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
    }

    /** 400 "Invalid request" with one entry ({@code field}, {@code message}) per fault. */
    public static ProblemDetail invalid(List<Map<String, String>> errors) {
        String faults = errors.stream().map(error -> (error.get("field") + " " + error.get("message")).trim())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.isEmpty() ? "The request is not valid." : "The request is not valid: " + faults + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail tooLarge(PayloadTooLargeException ex) {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
                "The request body is larger than the limit of " + ex.maxBytes() + " bytes.");
        problem.setProperty("maxBodyBytes", ex.maxBytes());
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** The JSON path of the field at fault: {@code window.dailyCap}, {@code titles[0]}. */
    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        problem.setTitle(title);
        return problem;
    }
}
