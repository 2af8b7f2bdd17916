package io.opensdr.outreach.domain;

/** The transport did not accept an email. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
