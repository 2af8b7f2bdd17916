package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import io.opensdr.kit.outbox.Outbox;
import io.opensdr.kit.tracing.TraceContext;
import io.opensdr.outreach.domain.LedgerEntry;
import io.opensdr.outreach.domain.LedgerStatus;
import io.opensdr.outreach.domain.LedgerSummary;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.SendLedger;
import io.opensdr.outreach.messaging.OutreachEvents;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Every status change is one single-document write whose filter holds the status it leaves. */
@Repository
class MongoSendLedger implements SendLedger {

    private static final Logger log = LoggerFactory.getLogger(MongoSendLedger.class);

    /** The states of an entry given to a transport: each counts against the caps of its day. */
    private static final List<String> HANDED_OVER = List.of(LedgerStatus.SENDING.name(), LedgerStatus.SENT.name());

    private final MongoTemplate mongo;

    MongoSendLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean recordApproved(LedgerEntry entry) {
        try {
            mongo.insert(SendLedgerDocument.of(entry));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean cancel(String entryId, String reason) {
        return mongo.updateFirst(inStatus(entryId, LedgerStatus.APPROVED),
                new Update().set("status", LedgerStatus.CANCELED.name()).set("lastError", reason),
                SendLedgerDocument.class).getModifiedCount() == 1;
    }

    @Override
    public long countHandedOverSince(String campaignId, Instant since) {
        return mongo.count(query(where("campaignId").is(campaignId).and("attemptedAt").gte(since)
                .and("status").in(HANDED_OVER)), SendLedgerDocument.class);
    }

    @Override
    public boolean prospectEmailedSince(String prospectId, String exceptEntryId, Instant since) {
        return mongo.exists(query(where("prospectId").is(prospectId).and("attemptedAt").gte(since)
                .and("status").in(HANDED_OVER).and("_id").ne(exceptEntryId)), SendLedgerDocument.class);
    }

    @Override
    public List<LedgerEntry> approved(String campaignId, int limit) {
        Query approved = query(where("campaignId").is(campaignId).and("status").is(LedgerStatus.APPROVED.name()))
                .with(Sort.by("approvedAt", "_id")).limit(limit);
        return mongo.find(approved, SendLedgerDocument.class).stream().map(SendLedgerDocument::toDomain).toList();
    }

    @Override
    public Optional<LedgerEntry> claim(String entryId, String messageId, String mailbox, MailTransport.Kind transport,
                                       Instant attemptedAt) {
        Update sending = new Update()
                .set("status", LedgerStatus.SENDING.name())
                .set("messageId", messageId)
                .set("mailbox", mailbox)
                .set("transport", transport.name())
                .set("attemptedAt", attemptedAt)
                .inc("attempts", 1);
        SendLedgerDocument claimed = mongo.findAndModify(inStatus(entryId, LedgerStatus.APPROVED), sending,
                FindAndModifyOptions.options().returnNew(true), SendLedgerDocument.class);
        return Optional.ofNullable(claimed).map(SendLedgerDocument::toDomain);
    }

    @Override
    public Optional<LedgerEntry> find(String entryId) {
        return Optional.ofNullable(mongo.findById(entryId, SendLedgerDocument.class)).map(SendLedgerDocument::toDomain);
    }

    @Override
    public boolean markSent(LedgerEntry sending, MailTransport.Kind transport, String providerMessageId,
                            Instant sentAt) {
        // The EmailSent continues the trace of the approval, stored with the entry.
        return TraceContext.within(approvalTrace(sending.id()), "email sent", () -> {
            Update sent = Outbox.record(new Update()
                            .set("status", LedgerStatus.SENT.name())
                            .set("sentAt", sentAt)
                            .set("transport", transport.name())
                            .set("providerMessageId", providerMessageId)
                            .unset("lastError"),
                    OutreachEvents.emailSent(sending, transport, sentAt));
            return leaveSending(sending, sent, LedgerStatus.SENT);
        });
    }

    private String approvalTrace(String entryId) {
        Query byId = query(where("_id").is(entryId));
        byId.fields().include("traceparent");
        org.bson.Document found = mongo.findOne(byId, org.bson.Document.class, SendLedgerDocument.COLLECTION);
        return found == null ? null : found.getString("traceparent");
    }

    @Override
    public void releaseForRetry(LedgerEntry sending, String reason) {
        leaveSending(sending, new Update().set("status", LedgerStatus.APPROVED.name()).set("lastError", reason),
                LedgerStatus.APPROVED);
    }

    @Override
    public void markFailed(LedgerEntry sending, String reason) {
        leaveSending(sending, new Update().set("status", LedgerStatus.FAILED.name()).set("lastError", reason),
                LedgerStatus.FAILED);
    }

    /** Leaves SENDING only for the attempt that entered it (same Message-ID). */
    private boolean leaveSending(LedgerEntry sending, Update update, LedgerStatus target) {
        Query thisAttempt = inStatus(sending.id(), LedgerStatus.SENDING).addCriteria(where("messageId").is(sending.messageId()));
        UpdateResult result = mongo.updateFirst(thisAttempt, update, SendLedgerDocument.class);
        if (result.getMatchedCount() == 0) {
            log.info("Ledger entry {} was no longer SENDING with {} (reconciled meanwhile?); not moved to {}",
                    sending.id(), sending.messageId(), target);
            return false;
        }
        return true;
    }

    @Override
    public LedgerSummary summary(String campaignId, Instant stuckIfAttemptedBefore) {
        Map<LedgerStatus, Long> counts = new EnumMap<>(LedgerStatus.class);
        for (LedgerStatus status : LedgerStatus.values()) {
            counts.put(status, mongo.count(query(where("campaignId").is(campaignId).and("status").is(status.name())),
                    SendLedgerDocument.class));
        }
        long stuck = mongo.count(query(where("campaignId").is(campaignId).and("status").is(LedgerStatus.SENDING.name())
                .and("attemptedAt").lt(stuckIfAttemptedBefore)), SendLedgerDocument.class);
        return new LedgerSummary(campaignId, counts, stuck);
    }

    @Override
    public List<LedgerEntry> stuckInSending(Instant attemptedBefore, int limit) {
        Query stuck = query(where("status").is(LedgerStatus.SENDING.name()).and("attemptedAt").lt(attemptedBefore))
                .with(Sort.by("attemptedAt")).limit(limit);
        return mongo.find(stuck, SendLedgerDocument.class).stream().map(SendLedgerDocument::toDomain).toList();
    }

    private static Query inStatus(String entryId, LedgerStatus status) {
        return query(where("_id").is(entryId).and("status").is(status.name()));
    }
}
