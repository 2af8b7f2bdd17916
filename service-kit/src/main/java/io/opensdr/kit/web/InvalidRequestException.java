package io.opensdr.kit.web;

import java.util.List;
import java.util.Map;

/** A request refused before its handler ran, with one entry ({@code field}, {@code message}) per fault: 400. */
public class InvalidRequestException extends RuntimeException {

    private final List<Map<String, String>> errors;

    public InvalidRequestException(List<Map<String, String>> errors) {
        super("The request is not valid: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<Map<String, String>> errors() {
        return errors;
    }
}
