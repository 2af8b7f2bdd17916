package io.opensdr.outreach.domain;

/**
 * The transport did not accept an email. A retryable failure (a timeout, SendGrid's 429 or 5xx, an
 * SMTP 4xx) is tried again up to the attempt limit; a permanent one (a refused request, an SMTP
 * 5xx) fails the email at once.
 */
public class MailDeliveryException extends RuntimeException {

    private final boolean retryable;

    public MailDeliveryException(String message, Throwable cause) {
        this(message, cause, true);
    }

    public MailDeliveryException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    public static MailDeliveryException permanent(String message, Throwable cause) {
        return new MailDeliveryException(message, cause, false);
    }

    public boolean isRetryable() {
        return retryable;
    }
}
