package io.opensdr.outreach.domain;

/**
 * The mailbox a campaign sends from, how many emails may leave it per day, and through what.
 *
 * @param dailyCap  emails per day from this mailbox once ramped up; 0 lets nothing leave
 * @param transport SMTP (the mailbox itself) or SendGrid
 */
public record SenderMailbox(String email, String name, int dailyCap, MailTransport.Kind transport) {

    public SenderMailbox {
        transport = transport == null ? MailTransport.Kind.SMTP : transport;
    }

    /** A mailbox sending over SMTP. */
    public SenderMailbox(String email, String name, int dailyCap) {
        this(email, name, dailyCap, MailTransport.Kind.SMTP);
    }
}
