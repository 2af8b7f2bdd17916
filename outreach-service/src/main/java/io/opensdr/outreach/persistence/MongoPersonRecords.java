package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.outreach.domain.LedgerStatus;
import io.opensdr.outreach.domain.PersonRecords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * What outreach holds about people, read from and erased in its own collections: the send
 * ledger, drafts, parked qualifications and engagements. Addresses are stored as they arrived, so
 * they are matched case-insensitively.
 */
@Repository
class MongoPersonRecords implements PersonRecords {

    static final String ERASED = "erased";

    private final MongoTemplate mongo;

    MongoPersonRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<KnownRecipient> recipientOf(String workspaceId, String prospectId) {
        Query ledger = query(where("workspaceId").is(workspaceId).and("prospectId").is(prospectId)
                .and("recipientEmail").ne(null)).with(Sort.by(Sort.Direction.DESC, "step"));
        Document entry = mongo.findOne(ledger, Document.class, SendLedgerDocument.COLLECTION);
        if (entry != null) {
            return Optional.of(new KnownRecipient(prospectId, entry.getString("campaignId"),
                    entry.getString("recipientEmail"), entry.getString("_id")));
        }
        Document draft = mongo.findOne(query(where("workspaceId").is(workspaceId).and("prospectId").is(prospectId)
                .and("recipient.email").ne(null)), Document.class, DraftDocument.COLLECTION);
        if (draft != null) {
            return Optional.of(new KnownRecipient(prospectId, draft.getString("campaignId"),
                    draft.get("recipient", Document.class).getString("email"), null));
        }
        Document parked = mongo.findOne(query(where("_id").is(prospectId).and("workspaceId").is(workspaceId)
                .and("contact.email").ne(null)), Document.class, ParkedQualificationDocument.COLLECTION);
        if (parked != null) {
            return Optional.of(new KnownRecipient(prospectId, parked.getString("campaignId"),
                    parked.get("contact", Document.class).getString("email"), null));
        }
        return Optional.empty();
    }

    @Override
    public List<KnownRecipient> withAddress(String workspaceId, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        Pattern address = Pattern.compile("^\\s*" + Pattern.quote(email.trim().toLowerCase(Locale.ROOT)) + "\\s*$",
                Pattern.CASE_INSENSITIVE);
        Map<String, KnownRecipient> byProspect = new LinkedHashMap<>();
        for (Document entry : mongo.find(query(where("workspaceId").is(workspaceId).and("recipientEmail").regex(address))
                .with(Sort.by(Sort.Direction.DESC, "step")), Document.class, SendLedgerDocument.COLLECTION)) {
            byProspect.putIfAbsent(entry.getString("prospectId"), new KnownRecipient(entry.getString("prospectId"),
                    entry.getString("campaignId"), entry.getString("recipientEmail"), entry.getString("_id")));
        }
        for (Document draft : mongo.find(query(where("workspaceId").is(workspaceId).and("recipient.email").regex(address)),
                Document.class, DraftDocument.COLLECTION)) {
            byProspect.putIfAbsent(draft.getString("prospectId"), new KnownRecipient(draft.getString("prospectId"),
                    draft.getString("campaignId"), draft.get("recipient", Document.class).getString("email"), null));
        }
        for (Document parked : mongo.find(query(where("workspaceId").is(workspaceId).and("contact.email").regex(address)),
                Document.class, ParkedQualificationDocument.COLLECTION)) {
            byProspect.putIfAbsent(parked.getString("_id"), new KnownRecipient(parked.getString("_id"),
                    parked.getString("campaignId"), parked.get("contact", Document.class).getString("email"), null));
        }
        return new ArrayList<>(byProspect.values());
    }

    @Override
    public ErasedRecords erase(String workspaceId, Collection<String> prospectIds) {
        if (prospectIds.isEmpty()) {
            return new ErasedRecords(0, 0, 0, 0);
        }
        Criteria theirs = where("workspaceId").is(workspaceId).and("prospectId").in(prospectIds);
        // Drafts keep their ids: a redelivered qualification then finds the draft and drafts nothing.
        // An EmailDrafted not yet relayed would carry the person to the review queue: it is dropped.
        long drafts = mongo.updateMulti(query(theirs),
                new Update().unset("recipient").unset("subject").unset("body").set("outbox", List.of()).set(ERASED, true),
                DraftDocument.COLLECTION).getModifiedCount();
        // An approved email that has not left is cancelled; one being handed to its transport
        // (SENDING) is left to finish, and its personal fields go with the next request.
        mongo.updateMulti(query(where("workspaceId").is(workspaceId).and("prospectId").in(prospectIds)
                        .and("status").is(LedgerStatus.APPROVED.name())),
                new Update().set("status", LedgerStatus.FAILED.name()).set("lastError", "cancelled: the person asked to be erased"),
                SendLedgerDocument.COLLECTION);
        long ledger = mongo.updateMulti(query(where("workspaceId").is(workspaceId).and("prospectId").in(prospectIds)
                        .and("status").ne(LedgerStatus.SENDING.name())),
                new Update().unset("recipientEmail").unset("recipientName").unset("subject").unset("body").set(ERASED, true),
                SendLedgerDocument.COLLECTION).getModifiedCount();
        long parked = mongo.remove(query(where("_id").in(prospectIds).and("workspaceId").is(workspaceId)),
                ParkedQualificationDocument.COLLECTION).getDeletedCount();
        long engagements = mongo.updateMulti(query(theirs), new Update().unset("detail").set(ERASED, true),
                EngagementDocument.COLLECTION).getModifiedCount();
        return new ErasedRecords(drafts, ledger, parked, engagements);
    }
}
