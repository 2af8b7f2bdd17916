package io.opensdr.kit.messaging;

/**
 * A record that can never be processed, however often it is retried (a missing field, a value out
 * of range). It goes straight to the dead-letter topic.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
