package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.DraftStatus;
import io.opensdr.campaign.domain.DraftStore;
import io.opensdr.campaign.messaging.EmailApprovedMapper;
import io.opensdr.kit.outbox.Outbox;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.tracing.TraceContext;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Drafts in MongoDB, keyed by draft id. A decision is one conditional update on "still PENDING",
 * and an approval carries its EmailApproved event in the same update, so however often a
 * reviewer presses Approve, one approval and one event are recorded.
 */
@Repository
class MongoDraftStore implements DraftStore {

    private final MongoTemplate mongo;
    private final EmailApprovedMapper approvals;
    private final MongoErasedPeople erasedPeople;

    MongoDraftStore(MongoTemplate mongo, EmailApprovedMapper approvals, MongoErasedPeople erasedPeople) {
        this.mongo = mongo;
        this.approvals = approvals;
        this.erasedPeople = erasedPeople;
    }

    @Override
    public void insertOnce(Draft draft) {
        try {
            mongo.insert(toDocument(draft));
            erasedPeople.eraseIfErased(draft.workspaceId(), draft.prospectId(),
                    draft.recipient() == null ? null : draft.recipient().email());
        } catch (DuplicateKeyException alreadyStored) {
            // A redelivered EmailDrafted: the draft is in the queue already, maybe decided; keep it as it is.
        }
    }

    @Override
    public Optional<Draft> find(String workspaceId, String draftId) {
        Query query = withoutOutbox(query(where("_id").is(draftId).and("workspaceId").is(workspaceId)));
        return Optional.ofNullable(mongo.findOne(query, DraftDocument.class)).map(MongoDraftStore::toDraft);
    }

    @Override
    public List<Draft> list(String workspaceId, DraftStatus status, String campaignId) {
        Criteria criteria = where("workspaceId").is(workspaceId);
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        if (campaignId != null) {
            criteria = criteria.and("campaignId").is(campaignId);
        }
        Query query = withoutOutbox(query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")));
        return mongo.find(query, DraftDocument.class).stream().map(MongoDraftStore::toDraft).toList();
    }

    @Override
    public Optional<Draft> latestOf(String workspaceId, String campaignId) {
        Query query = withoutOutbox(query(where("workspaceId").is(workspaceId).and("campaignId").is(campaignId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(1));
        return Optional.ofNullable(mongo.findOne(query, DraftDocument.class)).map(MongoDraftStore::toDraft);
    }

    @Override
    public boolean approveIfPending(Draft approved) {
        Update update = decision(approved)
                .set("subject", approved.subject())
                .set("body", approved.body())
                .set("edited", approved.edited());
        // The EmailApproved continues the prospect's trace (the EmailDrafted's, stored with the draft),
        // so that one trace runs from the campaign's launch to the sent email.
        TraceContext.within(draftTrace(approved.id()), "email approved",
                () -> Outbox.record(update, approvals.toEvent(approved)));
        return mongo.updateFirst(pending(approved), update, DraftDocument.class).getMatchedCount() == 1;
    }

    @Override
    public boolean rejectIfPending(Draft rejected) {
        Update update = decision(rejected).set("rejectionReason", rejected.rejectionReason());
        return mongo.updateFirst(pending(rejected), update, DraftDocument.class).getMatchedCount() == 1;
    }

    private static Query pending(Draft draft) {
        return query(where("_id").is(draft.id())
                .and("workspaceId").is(draft.workspaceId())
                .and("status").is(DraftStatus.PENDING.name()));
    }

    private static Update decision(Draft draft) {
        return new Update()
                .set("status", draft.status().name())
                .set("decidedBy", draft.decidedBy())
                .set("decidedAt", draft.decidedAt());
    }

    private static Query withoutOutbox(Query query) {
        query.fields().exclude(OutboxEntry.FIELD);
        return query;
    }

    private String draftTrace(String draftId) {
        Query byId = query(where("_id").is(draftId));
        byId.fields().include("traceparent");
        org.bson.Document found = mongo.findOne(byId, org.bson.Document.class, DraftDocument.COLLECTION);
        return found == null ? null : found.getString("traceparent");
    }

    private static DraftDocument toDocument(Draft draft) {
        return new DraftDocument(draft.id(), draft.workspaceId(), draft.campaignId(), draft.prospectId(), draft.step(),
                draft.recipient(), draft.subject(), draft.body(), draft.bantScore(), draft.status().name(),
                draft.createdAt(), draft.edited(), draft.decidedBy(), draft.decidedAt(), draft.rejectionReason(),
                List.of(), TraceContext.current());
    }

    private static Draft toDraft(DraftDocument document) {
        return new Draft(document.id(), document.workspaceId(), document.campaignId(), document.prospectId(),
                document.step(), document.recipient(), document.subject(), document.body(), document.bantScore(),
                DraftStatus.valueOf(document.status()), document.createdAt(), document.edited(), document.decidedBy(),
                document.decidedAt(), document.rejectionReason());
    }
}
