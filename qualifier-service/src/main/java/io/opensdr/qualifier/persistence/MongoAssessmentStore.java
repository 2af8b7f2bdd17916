package io.opensdr.qualifier.persistence;

import io.opensdr.kit.outbox.AnnouncedUpdates;
import io.opensdr.kit.outbox.AnnouncedUpdates.AnnouncedUpdate;
import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.outbox.OutboxInserts;
import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.AssessmentStore;
import io.opensdr.qualifier.domain.BantScores;
import io.opensdr.qualifier.domain.CriterionScore;
import io.opensdr.qualifier.domain.Decision;
import io.opensdr.qualifier.domain.DecisionSummary;
import io.opensdr.qualifier.domain.ScoreHistogram;
import io.opensdr.qualifier.domain.ScorerKind;
import io.opensdr.qualifier.messaging.ProspectQualifiedMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
public class MongoAssessmentStore implements AssessmentStore {

    private static final Logger log = LoggerFactory.getLogger(MongoAssessmentStore.class);
    private static final int BULK = 500;

    /**
     * The assessments, whose events are kept apart in {@code assessments_events}: each new one's, and
     * each re-decision's. The relay's safety sweep then reads those pending events, never all the
     * assessments (on mongo-java-server a scan of them held every write back for up to 0.3 s).
     */
    public static final OutboxCollection OUTBOX = OutboxCollection.withEvents(AssessmentDocument.COLLECTION);

    private final MongoTemplate mongo;
    private final OutboxInserts inserts;
    private final AnnouncedUpdates updates;

    public MongoAssessmentStore(MongoTemplate mongo, OutboxInserts inserts, AnnouncedUpdates updates) {
        this.mongo = mongo;
        this.inserts = inserts;
        this.updates = updates;
    }

    @Override
    public boolean recordIfNew(Assessment assessment) {
        return recordAllIfNew(List.of(assessment)) == 1;
    }

    /**
     * Two unordered inserts for the batch: each assessment's ProspectQualified as a small document
     * of {@code assessments_events} (its id derived from the prospect's), then the assessments
     * ({@link OutboxInserts#insertNewAnnounced}: never an assessment without its event; a
     * redelivered batch completes one that stopped between the two). The relay then deletes each
     * small event once Kafka has it, where it used to rewrite the whole assessment to pull the event
     * out of it (on mongo-java-server, the largest cost of the benchmark). The documents are built
     * by {@link AssessmentBson} rather than Spring Data's mapping.
     */
    @Override
    public int recordAllIfNew(List<Assessment> assessments) {
        List<org.bson.Document> documents = new ArrayList<>(assessments.size());
        List<OutboxEntry> events = new ArrayList<>(assessments.size());
        for (Assessment assessment : assessments) {
            documents.add(AssessmentBson.toInsert(assessment));
            events.add(OutboxEntry.of(ProspectQualifiedMapper.toFirstEvent(assessment)));
        }
        return inserts.insertNewAnnounced(documents, events, OUTBOX).size();
    }

    @Override
    public void markContacted(String prospectId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(prospectId)), new Update().set("contacted", true),
                AssessmentDocument.class);
    }

    @Override
    public DecisionSummary summarise(String campaignId) {
        return new DecisionSummary(campaignId, count(campaignId, Decision.QUALIFIED), count(campaignId, Decision.REVIEW),
                count(campaignId, Decision.REJECTED),
                mongo.count(Query.query(Criteria.where("campaignId").is(campaignId).and("hot").is(true)), AssessmentDocument.class));
    }

    @Override
    public ScoreHistogram histogram(String campaignId) {
        Aggregation byScore = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("campaignId").is(campaignId)),
                Aggregation.group("totalScore").count().as("count"));
        long[] counts = new long[101];
        for (Document bucket : mongo.aggregate(byScore, AssessmentDocument.COLLECTION, Document.class)) {
            int score = ((Number) bucket.get("_id")).intValue();
            if (score >= 0 && score <= 100) {
                counts[score] += ((Number) bucket.get("count")).longValue();
            }
        }
        return new ScoreHistogram(counts);
    }

    @Override
    public ReweighResult reweigh(String campaignId, long revision, Function<Assessment, Reweighing> reweigh) {
        Query older = Query.query(Criteria.where("campaignId").is(campaignId).and("rulesRevision").lt(revision)
                .and("contacted").ne(true));
        long reweighed = 0;
        long announced = 0;
        List<AnnouncedUpdate> batch = new ArrayList<>(BULK);
        try (Stream<AssessmentDocument> documents = mongo.stream(older, AssessmentDocument.class)) {
            for (AssessmentDocument document : (Iterable<AssessmentDocument>) documents::iterator) {
                if (document.prospect() == null) {
                    // Recorded before prospects were kept: it cannot be announced again; left as decided.
                    log.warn("Assessment {} holds no prospect and is not re-decided", document.id());
                    continue;
                }
                Reweighing next = reweigh.apply(toAssessment(document));
                Assessment assessment = next.assessment();
                var scores = assessment.scores();
                Update update = new Update()
                        .set("budget", criterion(scores.budget()))
                        .set("authority", criterion(scores.authority()))
                        .set("need", criterion(scores.need()))
                        .set("timeline", criterion(scores.timeline()))
                        .set("scoredBy", assessment.scoredBy().name())
                        .set("fallbackReason", assessment.fallbackReason())
                        .set("profileFingerprint", assessment.profileFingerprint())
                        .set("totalScore", assessment.totalScore())
                        .set("threshold", assessment.threshold())
                        .set("decision", assessment.decision().name())
                        .set("hot", assessment.hot())
                        .set("rulesRevision", assessment.rulesRevision())
                        .set("reassessedAt", assessment.assessedAt());
                OutboxEntry event = null;
                if (next.announce()) {
                    event = OutboxEntry.of(ProspectQualifiedMapper.toReDecisionEvent(assessment));
                    announced++;
                }
                // By _id alone: a campaign's snapshots come one at a time from one partition, so no
                // other re-decision of this campaign runs meanwhile, and the scan above only read
                // older ones. (A guard on rulesRevision in this filter made mongo-java-server scan
                // the collection for every update: 20,000 re-decisions took 107 s instead of about 2.)
                // The revision orders the prospect's events: above the one re-decided (at least 0),
                // so above the first event's sequence, 0.
                batch.add(new AnnouncedUpdate(document.id(), update, event, assessment.rulesRevision()));
                reweighed++;
                if (batch.size() == BULK) {
                    updates.apply(batch, AssessmentDocument.class, OUTBOX);
                    batch = new ArrayList<>(BULK);
                }
            }
        }
        updates.apply(batch, AssessmentDocument.class, OUTBOX);
        return new ReweighResult(reweighed, announced);
    }

    private long count(String campaignId, Decision decision) {
        return mongo.count(Query.query(Criteria.where("campaignId").is(campaignId).and("decision").is(decision.name())),
                AssessmentDocument.class);
    }

    private static Assessment toAssessment(AssessmentDocument document) {
        return new Assessment(document.prospect(),
                new BantScores(score(document.budget()), score(document.authority()), score(document.need()),
                        score(document.timeline())),
                document.totalScore(), document.threshold(), Decision.valueOf(document.decision()), document.hot(),
                document.contactable(), ScorerKind.valueOf(document.scoredBy()), document.assessedAt(),
                document.rulesRevision(), document.fallbackReason(), document.profileFingerprint());
    }

    private static CriterionScore score(AssessmentDocument.Criterion criterion) {
        return new CriterionScore(criterion.score(), criterion.reason());
    }

    private static AssessmentDocument.Criterion criterion(CriterionScore score) {
        return new AssessmentDocument.Criterion(score.score(), score.reason());
    }
}
