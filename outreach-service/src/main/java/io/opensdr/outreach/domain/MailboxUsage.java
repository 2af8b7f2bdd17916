package io.opensdr.outreach.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How much a sender mailbox has sent: on which day it last sent, how many emails that day, when
 * the last one left, when the next one may leave (spacing plus jitter), and on which day it first
 * sent (the ramp of a new mailbox counts from there). {@code version} increases with every send,
 * so that two senders (two replicas) cannot both take the last slot of a day: a send is recorded
 * only over the version it was decided on.
 *
 * @param firstDay null for a mailbox that never sent, or one recorded before the ramp existed
 *                 (then it counts as ramped up)
 */
public record MailboxUsage(String mailbox, LocalDate day, int sentThatDay, Instant lastSentAt, Instant nextSendAt,
                           LocalDate firstDay, long version) {

    public static MailboxUsage unused(String mailbox) {
        return new MailboxUsage(mailbox, null, 0, null, null, null, 0);
    }

    public int sentOn(LocalDate date) {
        return date.equals(day) ? sentThatDay : 0;
    }

    public MailboxUsage withSendAt(Instant at, LocalDate date, Instant next) {
        LocalDate first = firstDay != null ? firstDay : (version == 0 ? date : null);
        return new MailboxUsage(mailbox, date, sentOn(date) + 1, at, next, first, version + 1);
    }
}
