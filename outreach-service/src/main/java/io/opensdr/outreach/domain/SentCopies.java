package io.opensdr.outreach.domain;

/**
 * Where a sender mailbox keeps a copy of each email it sent over SMTP, searched by Message-ID to
 * settle an entry left in SENDING by a crash. The copy is made in the same SMTP transaction as the
 * email itself (a Bcc to the sender), so the relay accepted both or neither.
 */
public interface SentCopies {

    enum Lookup {
        /** The copy is there: the email left. */
        FOUND,
        /** No copy: the email never left. */
        NOT_FOUND,
        /** The mailbox could not be searched (not configured, unreachable): nothing can be concluded. */
        UNKNOWN
    }

    Lookup find(String mailbox, String messageId);
}
