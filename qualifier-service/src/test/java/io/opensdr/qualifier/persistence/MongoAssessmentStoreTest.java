package io.opensdr.qualifier.persistence;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.CampaignRulesMother.retailersInGermany;
import static io.opensdr.qualifier.domain.CampaignRulesMother.withSettings;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.domain.ProspectMother.anIcAtATinyShop;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.QualificationDecision;
import io.opensdr.kit.outbox.AnnouncedUpdates;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.outbox.OutboxInserts;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.AssessmentStore.ReweighResult;
import io.opensdr.qualifier.domain.AssessmentStore.Reweighing;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.ScoredBant;
import io.opensdr.qualifier.domain.CriterionScore;
import io.opensdr.qualifier.domain.BantScores;
import io.opensdr.qualifier.domain.Decision;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.QualificationSettings;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import io.opensdr.qualifier.domain.ScoreHistogram;
import io.opensdr.qualifier.messaging.ProspectQualifiedMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** The assessments collection on a real MongoDB wire-protocol server (mongo-java-server). */
class MongoAssessmentStoreTest {

    private static final MongoClient client = MongoClients.create(TestMongo.uri("assessment-store-test"));

    private final MongoTemplate mongo = new MongoTemplate(client, "assessment-store-test");
    private final List<Object> relayTold = new ArrayList<>();
    private final ApplicationEventPublisher relay = event -> relayTold.add(((AfterSaveEvent<?>) event).getDocument().get(OutboxEntry.OWNER));
    private final MongoAssessmentStore store = new MongoAssessmentStore(mongo, new OutboxInserts(mongo, relay),
            new AnnouncedUpdates(mongo, relay));
    private final RuleBasedBantScorer scorer = new RuleBasedBantScorer(Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldRecordAnAssessmentOnceWithItsEvent() {
        Assessment first = assess(aVpAtAFundedFintech("once-1", "c-once"), fintechsInFrance("c-once"));

        assertThat(store.recordIfNew(first)).isTrue();
        assertThat(store.recordIfNew(first)).isFalse();
        assertThat(outboxOf("once-1")).hasSize(1);
        assertThat(relayTold).containsExactly("once-1");
    }

    @Test
    void shouldRecordABatchOnceSkippingWhatWasAlreadyAssessedAndTellTheRelayOfEachNewOne() {
        CampaignRules rules = fintechsInFrance("c-batch");
        store.recordIfNew(assess(aVpAtAFundedFintech("batch-2", "c-batch"), rules));
        assertThat(relayTold).containsExactly("batch-2");
        relayTold.clear();
        List<Assessment> batch = List.of(
                assess(aVpAtAFundedFintech("batch-1", "c-batch"), rules),
                assess(aVpAtAFundedFintech("batch-2", "c-batch"), rules),
                assess(anIcAtATinyShop("batch-3", "c-batch"), rules),
                assess(anIcAtATinyShop("batch-3", "c-batch"), rules));

        assertThat(store.recordAllIfNew(batch)).isEqualTo(2);
        assertThat(store.recordAllIfNew(batch)).isZero();

        assertThat(relayTold).containsExactly("batch-1", "batch-3");
        assertThat(outboxOf("batch-1")).hasSize(1);
        assertThat(outboxOf("batch-2")).hasSize(1);
        assertThat(outboxOf("batch-3")).hasSize(1);
        assertThat(store.summarise("c-batch").qualified() + store.summarise("c-batch").review()
                + store.summarise("c-batch").rejected()).isEqualTo(3);
    }

    @Test
    void shouldCompleteARecordingThatStoppedBetweenTheEventAndTheAssessmentWithOneEventOfTheSameId() {
        CampaignRules before = fintechsInFrance("c-stop");
        Assessment interrupted = assess(aVpAtAFundedFintech("stop-1", "c-stop"), before);
        stopAfterTheEvents(interrupted);
        UUID announced = outboxOf("stop-1").get(0).getEventId();
        QualificationSettings stricter = new QualificationSettings(90, 5, 95, 25, 25, 25, 25);
        Assessment redelivered = assess(aVpAtAFundedFintech("stop-1", "c-stop"), withSettings(before, 2, stricter));

        assertThat(store.recordAllIfNew(List.of(redelivered))).isEqualTo(1);

        List<ProspectQualified> events = outboxOf("stop-1");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getEventId()).as("the id the interrupted attempt announced").isEqualTo(announced);
        assertThat(events.get(0).getThreshold()).as("the content of the assessment stored").isEqualTo(90);
        assertThat(mongo.getCollection(AssessmentDocument.COLLECTION).find(new Document("_id", "stop-1")).first()
                .getInteger("threshold")).isEqualTo(90);
        assertThat(relayTold).containsExactly("stop-1");
    }

    @Test
    void shouldNeitherRepeatNorWithdrawTheEventOfAnAssessmentRecordedBefore() {
        CampaignRules rules = fintechsInFrance("c-again");
        Assessment first = assess(aVpAtAFundedFintech("again-1", "c-again"), rules);
        store.recordIfNew(first);
        relayTold.clear();

        assertThat(store.recordIfNew(first)).as("stored before, its event not relayed yet").isFalse();
        assertThat(outboxOf("again-1")).hasSize(1);
        mongo.getCollection(MongoAssessmentStore.OUTBOX.events()).deleteMany(new Document(OutboxEntry.OWNER, "again-1"));
        assertThat(store.recordIfNew(first)).as("stored before, its event relayed and deleted").isFalse();
        assertThat(outboxOf("again-1")).isEmpty();
        assertThat(relayTold).isEmpty();
    }

    @Test
    void shouldLeaveAContactedProspectOutOfAReDecisionAndKeepNewCriteriaOfAnother() {
        CampaignRules rules = fintechsInFrance("c-contacted");
        store.recordIfNew(assess(aVpAtAFundedFintech("contacted-1", "c-contacted"), rules));
        store.recordIfNew(assess(aVpAtAFundedFintech("open-1", "c-contacted"), rules));
        store.markContacted("contacted-1");
        store.markContacted("contacted-1");
        BantScores rescored = new BantScores(new CriterionScore(1, "b"), new CriterionScore(2, "a"),
                new CriterionScore(3, "n"), new CriterionScore(4, "t"));

        ReweighResult result = store.reweigh("c-contacted", 2, previous -> new Reweighing(Assessment.of(previous.prospect(),
                new ScoredBant(rescored, previous.scoredBy(), null), retailersInGermany(rules, 2), NOW), true));

        assertThat(result.reweighed()).isEqualTo(1);
        assertThat(store.summarise("c-contacted").qualified()).as("the contacted one keeps its decision").isEqualTo(1);
        assertThat(store.summarise("c-contacted").rejected()).isEqualTo(1);
        Document open = mongo.getCollection("assessments").find(new Document("_id", "open-1")).first();
        assertThat(open.get("need", Document.class).getString("reason")).isEqualTo("n");
        assertThat(open.getString("profileFingerprint")).isEqualTo(retailersInGermany(rules, 2).targetProfile().fingerprint());
        assertThat(store.reweigh("c-contacted", 3, previous -> new Reweighing(previous, false)).reweighed())
                .as("the contacted one is never re-decided").isEqualTo(1);
    }

    @Test
    void shouldReDecideOnceAndAnnounceOnlyAChangedDecisionAfterTheFirstUnderAnIdOfTheRevision() {
        CampaignRules rules = fintechsInFrance("c-rw");
        store.recordIfNew(assess(aVpAtAFundedFintech("rw-vp", "c-rw"), rules)); // 88: QUALIFIED
        store.recordIfNew(assess(anIcAtATinyShop("rw-ic", "c-rw"), rules)); // 10: REJECTED
        relayTold.clear();

        ReweighResult first = store.reweigh("c-rw", 2, toStricter());
        ReweighResult again = store.reweigh("c-rw", 2, toStricter());

        assertThat(first).isEqualTo(new ReweighResult(2, 1));
        assertThat(again).as("a redelivered snapshot changes nothing").isEqualTo(new ReweighResult(0, 0));
        List<ProspectQualified> vpEvents = outboxOf("rw-vp");
        assertThat(vpEvents).extracting(ProspectQualified::getDecision)
                .containsExactly(QualificationDecision.QUALIFIED, QualificationDecision.REVIEW);
        assertThat(vpEvents.get(1).getThreshold()).isEqualTo(90);
        assertThat(vpEvents.get(1).getContact().getEmail()).isEqualTo("claire.martin@fintech.example");
        assertThat(vpEvents.get(1).getEventId()).isEqualTo(reDecisionEventId("rw-vp", 2));
        assertThat(relayTold).as("the relay hears of the announced re-decision").containsExactly("rw-vp");
        assertThat(outboxOf("rw-ic")).hasSize(1);
        Document ic = mongo.getCollection(AssessmentDocument.COLLECTION).find(new Document("_id", "rw-ic")).first();
        assertThat(ic.get("rulesRevision", Number.class).longValue()).isEqualTo(2);
        assertThat(ic.getInteger("threshold")).isEqualTo(90);
        assertThat(store.summarise("c-rw").review()).isEqualTo(1);
        assertThat(mongo.getCollection(AssessmentDocument.COLLECTION).find(new Document("_id", "rw-vp")).first())
                .as("no event in the assessment: the sweep never reads the assessments").doesNotContainKey(OutboxEntry.FIELD);
    }

    @Test
    void shouldCompleteAReDecisionThatStoppedBetweenItsEventAndItsUpdateWithOneEventOfTheSameId() {
        CampaignRules rules = fintechsInFrance("c-rw-stop");
        Assessment recorded = assess(aVpAtAFundedFintech("rw-stop", "c-rw-stop"), rules);
        store.recordIfNew(recorded);
        // What the re-decision that stopped left: its event (written first), the assessment not updated.
        Assessment redecided = recorded.reweighed(STRICTER, 2, NOW);
        mongo.getCollection(MongoAssessmentStore.OUTBOX.events()).insertOne(
                OutboxEntry.of(ProspectQualifiedMapper.toReDecisionEvent(redecided)).toEventDocument("rw-stop")
                        .append(OutboxEntry.SEQUENCE, 2L));

        assertThat(store.reweigh("c-rw-stop", 2, toStricter())).isEqualTo(new ReweighResult(1, 1));

        assertThat(outboxOf("rw-stop")).extracting(ProspectQualified::getEventId)
                .containsExactly(ProspectQualifiedMapper.toFirstEvent(recorded).getEventId(), reDecisionEventId("rw-stop", 2));
        assertThat(store.summarise("c-rw-stop").review()).isEqualTo(1);
    }

    @Test
    void shouldCountTheCampaignsProspectsByScore() {
        CampaignRules rules = fintechsInFrance("c-histo");
        store.recordIfNew(assess(aVpAtAFundedFintech("h-1", "c-histo"), rules));
        store.recordIfNew(assess(aVpAtAFundedFintech("h-2", "c-histo"), rules));
        store.recordIfNew(assess(anIcAtATinyShop("h-3", "c-histo"), rules));
        store.recordIfNew(assess(anIcAtATinyShop("h-other", "c-other"), fintechsInFrance("c-other")));

        ScoreHistogram histogram = store.histogram("c-histo");

        assertThat(histogram.total()).isEqualTo(3);
        assertThat(histogram.counts()[88]).isEqualTo(2);
        assertThat(histogram.counts()[7]).isEqualTo(1); // (13 + 15 + 0 + 0) / 4: see RuleBasedBantScorerTest
        assertThat(store.histogram("c-nobody")).isEqualTo(ScoreHistogram.empty());
    }

    @Test
    void shouldCountAHundredThousandProspectsByScoreQuickly() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            documents.add(new Document("_id", "big-" + i).append("campaignId", "c-big").append("totalScore", i % 101)
                    .append("decision", Decision.REJECTED.name()).append("rulesRevision", 1L));
        }
        mongo.getCollection(AssessmentDocument.COLLECTION).insertMany(documents);
        store.histogram("c-big"); // warm-up

        long started = System.nanoTime();
        ScoreHistogram histogram = store.histogram("c-big");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf("score histogram of 100,000 assessments: %d ms%n", took.toMillis());
        assertThat(histogram.total()).isEqualTo(100_000);
        assertThat(histogram.counts()[100]).isEqualTo(990);
        assertThat(histogram.at(60, 5).qualified()).isEqualTo(36 * 990);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void shouldReDecideTenThousandProspectsInSeconds() {
        CampaignRules rules = fintechsInFrance("c-many");
        int prospects = 10_000;
        for (int i = 0; i < prospects; i++) {
            store.recordIfNew(assess(aVpAtAFundedFintech("many-" + i, "c-many"), rules));
        }
        QualificationSettings stricter = new QualificationSettings(90, 5, 95, 25, 25, 25, 25);

        long started = System.nanoTime();
        ReweighResult result = store.reweigh("c-many", 2, previous -> {
            Assessment next = previous.reweighed(stricter, 2, NOW);
            return new Reweighing(next, next.changesDecisionOf(previous));
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf("re-decision of %,d assessments, every one announced: %d ms%n", prospects, took.toMillis());
        assertThat(result).isEqualTo(new ReweighResult(prospects, prospects));
        assertThat(store.summarise("c-many").review()).isEqualTo(prospects);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
    }

    private static final QualificationSettings STRICTER = new QualificationSettings(90, 5, 95, 25, 25, 25, 25);

    private static Function<Assessment, Reweighing> toStricter() {
        return previous -> {
            Assessment next = previous.reweighed(STRICTER, 2, NOW);
            return new Reweighing(next, next.changesDecisionOf(previous));
        };
    }

    private static UUID reDecisionEventId(String prospectId, long revision) {
        return ProspectQualifiedMapper.reDecisionEventId(prospectId, revision);
    }

    private Assessment assess(Prospect prospect, CampaignRules rules) {
        return Assessment.of(prospect, scorer.score(prospect, rules), rules.settings(), scorer.kind(), NOW);
    }

    /** The prospect's events waiting for the relay, in the order it publishes them: its first, then its re-decisions. */
    private List<ProspectQualified> outboxOf(String prospectId) {
        List<ProspectQualified> events = new ArrayList<>();
        for (Document event : mongo.getCollection(MongoAssessmentStore.OUTBOX.events()).find(new Document(OutboxEntry.OWNER, prospectId))
                .sort(new Document(OutboxEntry.SEQUENCE, 1))) {
            events.add((ProspectQualified) OutboxEntry.fromDocument(event).toEvent());
        }
        Document document = mongo.getCollection(AssessmentDocument.COLLECTION).find(new Document("_id", prospectId)).first();
        List<Document> outbox = document == null ? null : document.getList(OutboxEntry.FIELD, Document.class);
        if (outbox != null) {
            outbox.forEach(entry -> events.add((ProspectQualified) OutboxEntry.fromDocument(entry).toEvent()));
        }
        return events;
    }

    /** What an attempt that stopped between its two writes left: the first event, and no assessment. */
    private void stopAfterTheEvents(Assessment assessment) {
        mongo.getCollection(MongoAssessmentStore.OUTBOX.events()).insertOne(
                OutboxEntry.of(ProspectQualifiedMapper.toFirstEvent(assessment)).toEventDocument(assessment.prospect().prospectId()));
    }
}
