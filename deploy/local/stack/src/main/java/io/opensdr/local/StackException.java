package io.opensdr.local;

/** A failure the launcher explains to the user in one message (which part, which log to read). */
final class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
