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

    /** Shorter local parts (e.g. "1") are not SendGrid message ids, and could match by chance. */
    private static final int MIN_PROVIDER_ID = 16;

    private final MongoTemplate mongo;

    MongoSentEmails(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(SendLedgerDocument.COLLECTION).ensureIndex(new Index("messageId", Sort.Direction.ASC)
                .named("message_id").sparse());
        mongo.indexOps(SendLedgerDocument.COLLECTION).ensureIndex(new Index("providerMessageId", Sort.Direction.ASC)
                .named("provider_message_id").sparse());
    }

    @Override
    public Optional<SentEmail> byId(String emailId) {
        return first(query(where("_id").is(emailId)));
    }

    /**
     * Our own Message-ID, or else SendGrid's: SendGrid gives the email a Message-ID of its own whose
     * local part is the X-Message-Id the ledger keeps as providerMessageId, so a reply to an email
     * sent through SendGrid threads to that.
     */
    @Override
    public Optional<SentEmail> byMessageId(String messageId) {
        Optional<SentEmail> ours = first(query(where("messageId").is(messageId)));
        if (ours.isPresent()) {
            return ours;
        }
        int at = messageId.indexOf('@');
        String local = messageId.startsWith("<") && at > 1 ? messageId.substring(1, at) : null;
        if (local == null || local.length() < MIN_PROVIDER_ID) {
            return Optional.empty();
        }
        return first(query(where("providerMessageId").is(local)));
    }

    @Override
    public List<String> senderMailboxes() {
        return mongo.findDistinct(query(where("status").is(LedgerStatus.SENT.name())), "mailbox",
                        SendLedgerDocument.COLLECTION, String.class).stream()
                .filter(Objects::nonNull).sorted().toList();
    }

    private Optional<SentEmail> first(Query query) {
        query.fields().include("_id", "workspaceId", "campaignId", "prospectId", "recipientEmail", "messageId", "mailbox", "body");
        Document found = mongo.findOne(query, Document.class, SendLedgerDocument.COLLECTION);
        return Optional.ofNullable(found).map(document -> new SentEmail(document.getString("_id"),
                document.getString("workspaceId"), document.getString("campaignId"), document.getString("prospectId"),
                document.getString("recipientEmail"), document.getString("messageId"), document.getString("mailbox"),
                document.getString("body")));
    }
}
