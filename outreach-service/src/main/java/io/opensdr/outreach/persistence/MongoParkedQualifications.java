package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.outreach.domain.ParkedQualifications;
import io.opensdr.outreach.domain.QualifiedProspect;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoParkedQualifications implements ParkedQualifications {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoParkedQualifications(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void park(QualifiedProspect prospect, String reason) {
        mongo.save(ParkedQualificationDocument.of(prospect, reason, clock.instant()));
    }

    @Override
    public List<QualifiedProspect> forCampaign(String campaignId) {
        return mongo.find(query(where("campaignId").is(campaignId)), ParkedQualificationDocument.class)
                .stream().map(ParkedQualificationDocument::toDomain).toList();
    }

    @Override
    public void remove(String prospectId) {
        mongo.remove(query(where("_id").is(prospectId)), ParkedQualificationDocument.class);
    }
}
