package io.opensdr.qualifier.persistence;

import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.domain.ProspectMother.withSignals;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.BantScores;
import io.opensdr.qualifier.domain.Company;
import io.opensdr.qualifier.domain.CriterionScore;
import io.opensdr.qualifier.domain.Decision;
import io.opensdr.qualifier.domain.Person;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.ScorerKind;
import io.opensdr.qualifier.domain.Signal;
import io.opensdr.qualifier.domain.SignalType;
import io.opensdr.qualifier.messaging.ProspectQualifiedMapper;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;

/** The hand-written document of a new assessment is the one Spring Data's mapping would write. */
class AssessmentBsonTest {

    private final MappingMongoConverter converter = converter();

    @Test
    void shouldWriteWhatSpringDataWritesForAProspectWithEveryFieldSet() {
        Prospect prospect = withSignals(aVpAtAFundedFintech("bson-1", "c-bson"),
                new Signal(SignalType.FUNDING, NOW.minusSeconds(86_400), "Series B"),
                new Signal(SignalType.HIRING, NOW.minusSeconds(3_600), "Hiring 3 SDRs"));
        Assessment assessment = new Assessment(prospect, scores("budget"), 83, 60, Decision.QUALIFIED, true, true,
                ScorerKind.LANGUAGE_MODEL, NOW, 7, "the model timed out", "fingerprint-1");

        assertSameAsSpringData(assessment);
    }

    @Test
    void shouldLeaveOutEmptyFieldsAsSpringDataDoes() {
        Prospect prospect = new Prospect("bson-2", "workspace-1", "c-bson",
                new Person("Ana", "Ruiz", "Owner", null, null, null, null, null),
                new Company("Tienda", null, null, null, null, null), List.of());
        Assessment assessment = new Assessment(prospect, scores("no evidence"), 12, 60, Decision.REJECTED, false, false,
                ScorerKind.RULES, NOW, 0, null, null);

        assertSameAsSpringData(assessment);
    }

    @Test
    void shouldBeReadBackAsTheAssessmentDocumentItStands() {
        Assessment assessment = new Assessment(aVpAtAFundedFintech("bson-3", "c-bson"), scores("why"), 70, 60,
                Decision.QUALIFIED, false, true, ScorerKind.RULES, NOW, 3, null, "fingerprint-3");

        AssessmentDocument read = converter.read(AssessmentDocument.class, AssessmentBson.toInsert(assessment));

        assertThat(read).usingRecursiveComparison().isEqualTo(springData(assessment));
    }

    @Test
    void shouldWriteTheFirstEventAsSpringDataMapsAnOutboxEntryWithItsIdAndOwner() {
        Assessment assessment = new Assessment(aVpAtAFundedFintech("bson-4", "c-bson"), scores("why"), 70, 60,
                Decision.QUALIFIED, false, true, ScorerKind.RULES, NOW, 3, null, null);
        OutboxEntry recorded = OutboxEntry.of(ProspectQualifiedMapper.toFirstEvent(assessment));
        OutboxEntry event = new OutboxEntry(recorded.eventId(), recorded.eventType(), recorded.payload(),
                recorded.recordedAt().truncatedTo(ChronoUnit.MILLIS), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        Document expected = new Document("_id", event.eventId()).append(OutboxEntry.OWNER, "bson-4");
        converter.write(event, expected);
        expected.remove("_class");

        Document written = event.toEventDocument("bson-4");

        assertThat(bson(written)).isEqualTo(bson(expected));
        assertThat(OutboxEntry.fromDocument(written)).usingRecursiveComparison().isEqualTo(event);
        assertThat(event.eventId()).as("derived from the prospect's id")
                .isEqualTo(OutboxEntry.of(ProspectQualifiedMapper.toFirstEvent(assessment)).eventId());
    }

    private void assertSameAsSpringData(Assessment assessment) {
        Document expected = new Document();
        converter.write(springData(assessment), expected);
        expected.remove("_class");

        assertThat(bson(AssessmentBson.toInsert(assessment))).isEqualTo(bson(expected));
    }

    /** The document as Spring Data maps it, as the store wrote it before it wrote BSON itself. */
    private static AssessmentDocument springData(Assessment assessment) {
        Prospect prospect = assessment.prospect();
        BantScores scores = assessment.scores();
        return new AssessmentDocument(prospect.prospectId(), prospect.workspaceId(), prospect.campaignId(),
                assessment.totalScore(), criterion(scores.budget()), criterion(scores.authority()),
                criterion(scores.need()), criterion(scores.timeline()), assessment.threshold(),
                assessment.decision().name(), assessment.hot(), assessment.contactable(), assessment.scoredBy().name(),
                assessment.fallbackReason(), assessment.assessedAt(), assessment.rulesRevision(), prospect,
                assessment.profileFingerprint(), false, null);
    }

    private static AssessmentDocument.Criterion criterion(CriterionScore score) {
        return new AssessmentDocument.Criterion(score.score(), score.reason());
    }

    private static BantScores scores(String reason) {
        return new BantScores(new CriterionScore(20, reason), new CriterionScore(25, reason),
                new CriterionScore(18, reason), new CriterionScore(10, reason));
    }

    private static BsonDocument bson(Document document) {
        return document.toBsonDocument(Document.class, MongoClientSettings.getDefaultCodecRegistry());
    }

    /** The converter a MongoTemplate sets up by default, as the service's own. */
    private static MappingMongoConverter converter() {
        try (MongoClient client = MongoClients.create(TestMongo.uri("assessment-bson-test"))) {
            return (MappingMongoConverter) new MongoTemplate(client, "assessment-bson-test").getConverter();
        }
    }
}
