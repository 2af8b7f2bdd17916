package io.opensdr.outreach.domain;

/**
 * Hands an email to whatever delivers it. The first transport is the sender's own mailbox over
 * SMTP; SendGrid comes with a later issue.
 */
public interface MailTransport {

    enum Kind { SMTP, SENDGRID }

    Kind kind();

    /**
     * Returns once the transport has accepted the email.
     *
     * @throws MailDeliveryException when the transport refused it or could not be reached
     */
    void send(OutgoingEmail email);
}
