package io.opensdr.simulator;

/** The gateway or the mail server did not answer: nothing was done, the next pass tries again. */
final class Unreachable extends RuntimeException {

    Unreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
