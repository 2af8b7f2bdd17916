package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.outreach.domain.LedgerStatus;
import io.opensdr.outreach.domain.SentEmail;
import io.opensdr.outreach.domain.SentEmails;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the send ledger for tracking, field by field, without writing to it: the ledger's writer
 * is {@link MongoSendLedger}. Adds the index replies are matched with (the Message-ID).
 */
@Repository
class MongoSentEmails implements SentEmails {

    private final MongoTemplate mongo;

    MongoSentEmails(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(SendLedgerDocument.COLLECTION).ensureIndex(new Index("messageId", Sort.Direction.ASC)
                .named("message_id").sparse());
    }

    @Override
    public Optional<SentEmail> byId(String emailId) {
        return first(query(where("_id").is(emailId)));
    }

    @Override
    public Optional<SentEmail> byMessageId(String messageId) {
        return first(query(where("messageId").is(messageId)));
    }

    @Override
    public List<String> senderMailboxes() {
        return mongo.findDistinct(query(where("status").is(LedgerStatus.SENT.name())), "mailbox",
                        SendLedgerDocument.COLLECTION, String.class).stream()
                .filter(Objects::nonNull).sorted().toList();
    }

    private Optional<SentEmail> first(Query query) {
        query.fields().include("_id", "workspaceId", "campaignId", "prospectId", "recipientEmail", "messageId", "mailbox");
        Document found = mongo.findOne(query, Document.class, SendLedgerDocument.COLLECTION);
        return Optional.ofNullable(found).map(document -> new SentEmail(document.getString("_id"),
                document.getString("workspaceId"), document.getString("campaignId"), document.getString("prospectId"),
                document.getString("recipientEmail"), document.getString("messageId"), document.getString("mailbox")));
    }
}
