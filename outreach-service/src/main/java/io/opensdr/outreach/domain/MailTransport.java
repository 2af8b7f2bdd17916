package io.opensdr.outreach.domain;

/**
 * Hands an email to whatever delivers it: the sender's own mailbox over SMTP, or SendGrid.
 * Each campaign's sender names its transport.
 */
public interface MailTransport {

    enum Kind { SMTP, SENDGRID }

    Kind kind();

    /**
     * Returns once the transport has accepted the email.
     *
     * @return the id the provider gave the message (SendGrid's {@code X-Message-Id}; for SMTP the
     *         email's own Message-ID); null when the provider gave none
     * @throws MailDeliveryException when the transport refused it or could not be reached
     */
    String send(OutgoingEmail email);
}
