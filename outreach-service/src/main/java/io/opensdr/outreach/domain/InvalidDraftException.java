package io.opensdr.outreach.domain;

/** A language model answered, but not with a usable draft (not the JSON asked for, a field missing or malformed). */
public class InvalidDraftException extends RuntimeException {

    public InvalidDraftException(String message) {
        super(message);
    }
}
