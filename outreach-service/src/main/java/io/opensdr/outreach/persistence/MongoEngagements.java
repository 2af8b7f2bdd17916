package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.outreach.domain.Engagement;
import io.opensdr.outreach.domain.EngagementKind;
import io.opensdr.outreach.domain.Engagements;
import io.opensdr.outreach.messaging.EngagementEvents;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Each engagement and its EmailEngagement event are one insert (the outbox rides in the document). */
@Repository
class MongoEngagements implements Engagements {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoEngagements(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean record(Engagement engagement) {
        validate(engagement);
        String id = engagement.providerEventId() == null
                ? "local:" + UUID.randomUUID()
                : "provider:" + engagement.providerEventId();
        EngagementDocument document = new EngagementDocument(id, engagement.workspaceId(), engagement.campaignId(),
                engagement.prospectId(), engagement.emailId(), engagement.kind().name(), engagement.machineGenerated(),
                engagement.detail(), engagement.providerEventId(), engagement.occurredAt(), clock.instant(),
                List.of(OutboxEntry.of(EngagementEvents.emailEngagement(engagement))));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException recordedBefore) {
            return false;
        }
    }

    @Override
    public boolean hasReplied(String prospectId) {
        return mongo.exists(query(where("prospectId").is(prospectId).and("kind").is(EngagementKind.REPLIED.name())),
                EngagementDocument.class);
    }

    private static void validate(Engagement engagement) {
        Objects.requireNonNull(engagement.workspaceId(), "workspaceId");
        Objects.requireNonNull(engagement.campaignId(), "campaignId");
        Objects.requireNonNull(engagement.prospectId(), "prospectId");
        Objects.requireNonNull(engagement.emailId(), "emailId");
        Objects.requireNonNull(engagement.kind(), "kind");
        Objects.requireNonNull(engagement.occurredAt(), "occurredAt");
    }
}
