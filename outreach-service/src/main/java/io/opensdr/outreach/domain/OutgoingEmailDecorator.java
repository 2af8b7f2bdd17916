package io.opensdr.outreach.domain;

/**
 * Adds what the system, never the model nor the human, puts on an email as it leaves: the
 * list-unsubscribe headers, the open pixel and signed click links for SMTP senders. Applied in
 * order by {@link EmailSending} right before the transport.
 */
public interface OutgoingEmailDecorator {

    OutgoingEmail decorate(OutgoingEmail email, MailTransport.Kind transport);
}
