package io.opensdr.outreach.domain;

/** The usage of each sender mailbox, shared by every replica of the service. */
public interface Mailboxes {

    /** The mailbox's usage; {@link MailboxUsage#unused} when it never sent. */
    MailboxUsage usageOf(String mailbox);

    /**
     * Replaces {@code seen} by {@code next}, unless the mailbox's usage changed since {@code seen}
     * was read.
     *
     * @return false when another sender recorded a send in between (nothing is written)
     */
    boolean recordSend(MailboxUsage seen, MailboxUsage next);
}
