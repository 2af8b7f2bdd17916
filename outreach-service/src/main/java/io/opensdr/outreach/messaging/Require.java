package io.opensdr.outreach.messaging;

import io.opensdr.kit.messaging.InvalidEventException;

/** Checks that an incoming event holds what outreach needs; a record that does not goes to the DLT. */
final class Require {

    private Require() {
    }

    static String text(String value, String field, String event) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(event + " has no " + field);
        }
        return value;
    }

    static <T> T present(T value, String field, String event) {
        if (value == null) {
            throw new InvalidEventException(event + " has no " + field);
        }
        return value;
    }
}
