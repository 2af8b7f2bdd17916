package io.opensdr.campaign.domain;

/** One field of a request the domain refuses, with the message to show beside it. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
