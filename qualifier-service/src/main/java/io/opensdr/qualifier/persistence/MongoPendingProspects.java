package io.opensdr.qualifier.persistence;

import io.opensdr.qualifier.domain.PendingProspects;
import io.opensdr.qualifier.domain.Prospect;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
public class MongoPendingProspects implements PendingProspects {

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoPendingProspects(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void park(Prospect prospect) {
        try {
            mongo.insert(new PendingProspectDocument(prospect.prospectId(), prospect.campaignId(), prospect, clock.instant()));
        } catch (DuplicateKeyException alreadyParked) {
            // a redelivery of a prospect that is already waiting
        }
    }

    @Override
    public List<Prospect> ofCampaign(String campaignId) {
        return mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)), PendingProspectDocument.class)
                .stream().map(PendingProspectDocument::prospect).toList();
    }

    @Override
    public void remove(String prospectId) {
        mongo.remove(Query.query(Criteria.where("_id").is(prospectId)), PendingProspectDocument.class);
    }
}
