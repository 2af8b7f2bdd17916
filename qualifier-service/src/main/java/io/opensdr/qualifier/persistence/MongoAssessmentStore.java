package io.opensdr.qualifier.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.AssessmentStore;
import io.opensdr.qualifier.domain.CriterionScore;
import io.opensdr.qualifier.domain.Decision;
import io.opensdr.qualifier.domain.DecisionSummary;
import io.opensdr.qualifier.messaging.ProspectQualifiedMapper;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
public class MongoAssessmentStore implements AssessmentStore {

    private final MongoTemplate mongo;

    public MongoAssessmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean recordIfNew(Assessment assessment) {
        var prospect = assessment.prospect();
        var scores = assessment.scores();
        AssessmentDocument document = new AssessmentDocument(prospect.prospectId(), prospect.workspaceId(),
                prospect.campaignId(), assessment.totalScore(), criterion(scores.budget()), criterion(scores.authority()),
                criterion(scores.need()), criterion(scores.timeline()), assessment.threshold(), assessment.decision().name(),
                assessment.hot(), assessment.contactable(), assessment.scoredBy().name(), assessment.assessedAt(),
                List.of(OutboxEntry.of(ProspectQualifiedMapper.toEvent(assessment))));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyAssessed) {
            return false;
        }
    }

    @Override
    public DecisionSummary summarise(String campaignId) {
        return new DecisionSummary(campaignId, count(campaignId, Decision.QUALIFIED), count(campaignId, Decision.REVIEW),
                count(campaignId, Decision.REJECTED),
                mongo.count(Query.query(Criteria.where("campaignId").is(campaignId).and("hot").is(true)), AssessmentDocument.class));
    }

    private long count(String campaignId, Decision decision) {
        return mongo.count(Query.query(Criteria.where("campaignId").is(campaignId).and("decision").is(decision.name())),
                AssessmentDocument.class);
    }

    private static AssessmentDocument.Criterion criterion(CriterionScore score) {
        return new AssessmentDocument.Criterion(score.score(), score.reason());
    }
}
