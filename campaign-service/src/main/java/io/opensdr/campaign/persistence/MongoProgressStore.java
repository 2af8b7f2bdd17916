package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.CampaignMetrics;
import io.opensdr.campaign.domain.Milestone;
import io.opensdr.campaign.domain.ProgressStore;
import io.opensdr.campaign.domain.ProspectRef;
import io.opensdr.campaign.domain.Qualification;
import java.time.Instant;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The per-prospect progress records. Milestones are boolean fields set with {@code $set} (setting
 * one twice changes nothing); the qualification and meeting state are replaced only by an event
 * at least as recent as the one stored, so a late redelivery never undoes a newer change. Metrics
 * are counts over indexed fields.
 */
@Repository
class MongoProgressStore implements ProgressStore {

    private final MongoTemplate mongo;

    MongoProgressStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void reach(ProspectRef prospect, Milestone milestone) {
        upsert(prospect, owner(prospect).set(fieldOf(milestone), true));
    }

    @Override
    public void qualify(ProspectRef prospect, Qualification qualification, Instant decidedAt) {
        upsert(prospect, owner(prospect));
        mongo.updateFirst(notNewerThan(prospect, "qualifiedAt", decidedAt),
                new Update().set("qualification", qualification.name()).set("qualifiedAt", decidedAt),
                ProspectProgressDocument.class);
    }

    @Override
    public void meeting(ProspectRef prospect, boolean hasMeeting, Instant changedAt) {
        upsert(prospect, owner(prospect));
        mongo.updateFirst(notNewerThan(prospect, "meetingChangedAt", changedAt),
                new Update().set("hasMeeting", hasMeeting).set("meetingChangedAt", changedAt),
                ProspectProgressDocument.class);
    }

    @Override
    public CampaignMetrics metrics(String workspaceId, String campaignId) {
        return new CampaignMetrics(
                count(workspaceId, campaignId, where("found").is(true)),
                count(workspaceId, campaignId, where("qualification").is(Qualification.QUALIFIED.name())),
                count(workspaceId, campaignId, where("qualification").is(Qualification.REVIEW.name())),
                count(workspaceId, campaignId, where("qualification").is(Qualification.REJECTED.name())),
                count(workspaceId, campaignId, where("drafted").is(true)),
                count(workspaceId, campaignId, where("approved").is(true)),
                count(workspaceId, campaignId, where("sent").is(true)),
                count(workspaceId, campaignId, where("delivered").is(true)),
                count(workspaceId, campaignId, where("opened").is(true)),
                count(workspaceId, campaignId, where("clicked").is(true)),
                count(workspaceId, campaignId, where("replied").is(true)),
                count(workspaceId, campaignId, where("bounced").is(true)),
                count(workspaceId, campaignId, where("unsubscribed").is(true)),
                count(workspaceId, campaignId, where("spam_reported").is(true)),
                count(workspaceId, campaignId, where("hasMeeting").is(true)));
    }

    private long count(String workspaceId, String campaignId, Criteria stage) {
        Query query = query(where("campaignId").is(campaignId).and("workspaceId").is(workspaceId))
                .addCriteria(stage);
        return mongo.count(query, ProspectProgressDocument.class);
    }

    /**
     * Creates the record or updates it. Two events about one prospect on different topics may
     * race to create it: the loser's insert fails on the id, and its retry is a plain update.
     */
    private void upsert(ProspectRef prospect, Update update) {
        Query byId = query(where("_id").is(prospect.prospectId()));
        try {
            mongo.upsert(byId, update, ProspectProgressDocument.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            mongo.upsert(byId, update, ProspectProgressDocument.class);
        }
    }

    private static Update owner(ProspectRef prospect) {
        return new Update().set("workspaceId", prospect.workspaceId()).set("campaignId", prospect.campaignId());
    }

    private static Query notNewerThan(ProspectRef prospect, String timeField, Instant time) {
        return query(where("_id").is(prospect.prospectId())
                .orOperator(where(timeField).exists(false), where(timeField).lte(time)));
    }

    private static String fieldOf(Milestone milestone) {
        return milestone.name().toLowerCase(Locale.ROOT);
    }
}
