package io.opensdr.outreach.persistence;

import io.opensdr.outreach.domain.MailboxUsage;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sender mailbox's usage. The day is stored as an ISO date string: a LocalDate would be
 * converted through the JVM's default time zone.
 */
@Document(MailboxDocument.COLLECTION)
record MailboxDocument(@Id String id, String day, int sentThatDay, Instant lastSentAt, Instant nextSendAt,
                       String firstDay, long version) {

    static final String COLLECTION = "mailboxes";

    static MailboxDocument of(MailboxUsage usage) {
        return new MailboxDocument(usage.mailbox(), usage.day() == null ? null : usage.day().toString(),
                usage.sentThatDay(), usage.lastSentAt(), usage.nextSendAt(),
                usage.firstDay() == null ? null : usage.firstDay().toString(), usage.version());
    }

    MailboxUsage toDomain() {
        return new MailboxUsage(id, day == null ? null : LocalDate.parse(day), sentThatDay, lastSentAt, nextSendAt,
                firstDay == null ? null : LocalDate.parse(firstDay), version);
    }
}
