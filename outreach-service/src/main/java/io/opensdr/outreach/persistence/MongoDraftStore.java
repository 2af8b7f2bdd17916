package io.opensdr.outreach.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.outreach.domain.Draft;
import io.opensdr.outreach.domain.DraftStore;
import io.opensdr.outreach.messaging.OutreachEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoDraftStore implements DraftStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoDraftStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The draft and its EmailDrafted are one insert: a duplicate key means it was drafted before. */
    @Override
    public boolean insertIfAbsent(Draft draft) {
        Instant now = clock.instant();
        DraftDocument document = new DraftDocument(draft.draftId(), draft.prospectId(), draft.step(),
                draft.campaignId(), draft.workspaceId(), ContactDocument.of(draft.recipient()), draft.subject(),
                draft.body(), draft.bantScore(), draft.generatedBy().name(), draft.fallbackReason(), now,
                List.of(OutboxEntry.of(OutreachEvents.emailDrafted(draft, now))));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean exists(String draftId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(draftId)), DraftDocument.class);
    }
}
