package io.opensdr.outreach.web;

/** A webhook whose signature is missing, malformed, wrong or too old: refused with 401, nothing recorded. */
class WebhookSignatureException extends RuntimeException {

    WebhookSignatureException(String message) {
        super(message);
    }
}
