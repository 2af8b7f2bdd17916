package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.CampaignStatus;
import io.opensdr.outreach.domain.CampaignStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoCampaignStore implements CampaignStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoCampaignStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One conditional upsert: it matches only a stored snapshot with a lower revision. When a
     * snapshot with the same or a higher revision is stored, the upsert tries to insert a second
     * document with the same _id, which the unique _id refuses: the snapshot is stale or a
     * redelivery, and is ignored.
     */
    @Override
    public boolean saveIfNewer(Campaign campaign) {
        Update update = new Update()
                .set("workspaceId", campaign.workspaceId())
                .set("revision", campaign.revision())
                .set("status", campaign.status().name())
                .set("templateSubject", campaign.template().subject())
                .set("templateBody", campaign.template().body())
                .set("senderEmail", campaign.sender().email())
                .set("senderName", campaign.sender().name())
                .set("dailyCap", campaign.sender().dailyCap())
                .set("meetingLink", campaign.meetingLink())
                .set("storedAt", clock.instant())
                .set("name", campaign.name())
                .set("sector", campaign.sector())
                .set("source", campaign.source().name())
                .set("transport", campaign.sender().transport().name())
                .set("sendingDays", campaign.sending().days().stream().sorted().map(Enum::name).toList())
                .set("sendingStartHour", campaign.sending().startHour())
                .set("sendingEndHour", campaign.sending().endHour())
                .set("sendingZone", campaign.sending().zone().getId())
                .set("campaignDailyCap", campaign.sending().dailyCap());
        try {
            mongo.upsert(query(where("_id").is(campaign.id()).and("revision").lt(campaign.revision())),
                    update, CampaignDocument.class);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Campaign> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, CampaignDocument.class)).map(CampaignDocument::toDomain);
    }

    @Override
    public List<Campaign> sending() {
        return mongo.find(query(where("status").is(CampaignStatus.ACTIVE.name())), CampaignDocument.class)
                .stream().map(CampaignDocument::toDomain).toList();
    }
}
