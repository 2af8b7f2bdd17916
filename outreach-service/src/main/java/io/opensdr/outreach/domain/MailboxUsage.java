package io.opensdr.outreach.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How much a sender mailbox has sent: on which day it last sent, how many emails that day, and
 * when the last one left. {@code version} increases with every send, so that two senders (two
 * replicas) cannot both take the last slot of a day: a send is recorded only over the version it
 * was decided on.
 */
public record MailboxUsage(String mailbox, LocalDate day, int sentThatDay, Instant lastSentAt, long version) {

    public static MailboxUsage unused(String mailbox) {
        return new MailboxUsage(mailbox, null, 0, null, 0);
    }

    public int sentOn(LocalDate date) {
        return date.equals(day) ? sentThatDay : 0;
    }

    public MailboxUsage withSendAt(Instant at, LocalDate date) {
        return new MailboxUsage(mailbox, date, sentOn(date) + 1, at, version + 1);
    }
}
