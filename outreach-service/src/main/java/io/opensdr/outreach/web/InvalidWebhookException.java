package io.opensdr.outreach.web;

/** A correctly signed webhook whose body is not what the scheduler documents: refused with 400. */
class InvalidWebhookException extends RuntimeException {

    InvalidWebhookException(String message) {
        super(message);
    }
}
