package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.outreach.domain.MailboxUsage;
import io.opensdr.outreach.domain.Mailboxes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Optimistic concurrency on the mailbox's version: a send is recorded only over what it was decided on. */
@Repository
class MongoMailboxes implements Mailboxes {

    private final MongoTemplate mongo;

    MongoMailboxes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public MailboxUsage usageOf(String mailbox) {
        MailboxDocument document = mongo.findById(mailbox, MailboxDocument.class);
        return document == null ? MailboxUsage.unused(mailbox) : document.toDomain();
    }

    @Override
    public boolean recordSend(MailboxUsage seen, MailboxUsage next) {
        MailboxDocument document = MailboxDocument.of(next);
        if (seen.version() == 0) {
            try {
                mongo.insert(document);
                return true;
            } catch (DuplicateKeyException e) {
                return false; // another sender's first send from this mailbox came first
            }
        }
        Update update = new Update()
                .set("day", document.day())
                .set("sentThatDay", document.sentThatDay())
                .set("lastSentAt", document.lastSentAt())
                .set("nextSendAt", document.nextSendAt())
                .set("firstDay", document.firstDay())
                .set("version", document.version());
        return mongo.updateFirst(query(where("_id").is(seen.mailbox()).and("version").is(seen.version())),
                update, MailboxDocument.class).getModifiedCount() == 1;
    }
}
