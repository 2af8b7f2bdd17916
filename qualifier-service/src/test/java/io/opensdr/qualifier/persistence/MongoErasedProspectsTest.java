package io.opensdr.qualifier.persistence;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.domain.ProspectMother.anIcAtATinyShop;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.outbox.AnnouncedUpdates;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.outbox.OutboxInserts;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** An erased person's assessments and pending prospects deleted, on a real MongoDB wire-protocol server. */
class MongoErasedProspectsTest {

    private static final String DATABASE = "erased-prospects-test";
    private static final MongoClient client = MongoClients.create(TestMongo.uri(DATABASE));

    private final MongoTemplate mongo = new MongoTemplate(client, DATABASE);
    private final MongoAssessmentStore assessments = new MongoAssessmentStore(mongo, new OutboxInserts(mongo, event -> { }),
            new AnnouncedUpdates(mongo, event -> { }));
    private final MongoPendingProspects pending = new MongoPendingProspects(mongo, Clock.fixed(NOW, ZoneOffset.UTC));
    private final MongoErasedProspects erased = new MongoErasedProspects(mongo);
    private final RuleBasedBantScorer scorer = new RuleBasedBantScorer(Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterAll
    static void close() {
        client.close();
    }

    private long announcementsOf(String prospectId) {
        return mongo.getCollection(MongoAssessmentStore.OUTBOX.events())
                .countDocuments(new org.bson.Document(OutboxEntry.OWNER, prospectId));
    }

    @BeforeEach
    void empty() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), MongoAssessmentStore.OUTBOX.events());
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), AssessmentDocument.COLLECTION);
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), PendingProspectDocument.COLLECTION);
    }

    @Test
    void shouldDeleteTheNamedProspectsAndThoseWithTheErasedAddress() {
        CampaignRules rules = fintechsInFrance("c-erase");
        assessments.recordIfNew(assess(aVpAtAFundedFintech("erase-named", "c-erase"), rules));
        assessments.recordIfNew(assess(aVpAtAFundedFintech("erase-same-address", "c-erase"), rules));
        assessments.recordIfNew(assess(anIcAtATinyShop("erase-someone-else", "c-erase"), rules));
        pending.park(aVpAtAFundedFintech("erase-pending", "c-waiting"));
        pending.park(anIcAtATinyShop("erase-pending-else", "c-waiting"));

        long deleted = erased.erase("workspace-1", AddressHash.of("workspace-1", "Claire.Martin@fintech.example"),
                List.of("erase-named"));

        assertThat(deleted).isEqualTo(3);
        assertThat(exists(AssessmentDocument.COLLECTION, "erase-named")).isFalse();
        assertThat(exists(AssessmentDocument.COLLECTION, "erase-same-address")).isFalse();
        assertThat(exists(AssessmentDocument.COLLECTION, "erase-someone-else")).isTrue();
        assertThat(announcementsOf("erase-named")).as("its announcement, not relayed yet, goes with it").isZero();
        assertThat(announcementsOf("erase-same-address")).isZero();
        assertThat(announcementsOf("erase-someone-else")).isEqualTo(1);
        assertThat(exists(PendingProspectDocument.COLLECTION, "erase-pending")).isFalse();
        assertThat(exists(PendingProspectDocument.COLLECTION, "erase-pending-else")).isTrue();
        assertThat(erased.erase("workspace-1", AddressHash.of("workspace-1", "claire.martin@fintech.example"),
                List.of("erase-named"))).as("a redelivery").isZero();
    }

    @Test
    void shouldLeaveAnotherWorkspacesProspectsAlone() {
        assessments.recordIfNew(assess(aVpAtAFundedFintech("keep-other-workspace", "c-keep"), fintechsInFrance("c-keep")));

        long deleted = erased.erase("workspace-2", AddressHash.of("workspace-2", "claire.martin@fintech.example"),
                List.of("keep-other-workspace"));

        assertThat(deleted).isZero();
        assertThat(exists(AssessmentDocument.COLLECTION, "keep-other-workspace")).isTrue();
        assertThat(announcementsOf("keep-other-workspace")).isEqualTo(1);
    }

    private boolean exists(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first() != null;
    }

    private Assessment assess(Prospect prospect, CampaignRules rules) {
        return Assessment.of(prospect, scorer.score(prospect, rules), rules.settings(), scorer.kind(), NOW);
    }
}
