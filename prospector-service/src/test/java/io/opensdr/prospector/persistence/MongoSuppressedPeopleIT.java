package io.opensdr.prospector.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.CandidateMother;
import io.opensdr.prospector.domain.FoundProspect;
import io.opensdr.prospector.domain.ProspectPriority;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.Suppression;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.sources.csv.CsvImportSource;
import io.opensdr.prospector.sources.csv.ImportedRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Suppressed and erased people kept out of the prospects, on a real MongoDB wire-protocol server. */
class MongoSuppressedPeopleIT {

    private static final String DATABASE = "prospector-suppressed-it";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final MongoClient client = MongoClients.create(TestMongo.uri(DATABASE));

    private final MongoTemplate mongo = new MongoTemplate(client, DATABASE);
    private final MongoProspectStore prospects = new MongoProspectStore(mongo);
    private final MongoSuppressedPeople suppressed = new MongoSuppressedPeople(mongo, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldNeverImportASuppressedPersonAgainFromAnySource() {
        suppressed.apply(suppression("w-unsub", "ada@fintech.example", "UNSUBSCRIBED", false));

        assertThat(prospects.recordIfNew(found("w-unsub", person("ada", "Ada@Fintech.example")))).isFalse();
        assertThat(prospects.recordIfNew(found("w-other", person("ada", "ada@fintech.example"))))
                .as("another workspace's list says nothing here").isTrue();
        assertThat(prospects.recordIfNew(found("w-unsub", person("bob", "bob@fintech.example")))).isTrue();
    }

    @Test
    void shouldKeepAnUnsubscribedProspectButMarkItSuppressed() {
        FoundProspect ada = found("w-mark", person("ada", "ada@fintech.example"));
        prospects.recordIfNew(ada);

        suppressed.apply(suppression("w-mark", "ada@fintech.example", "UNSUBSCRIBED", false));
        suppressed.apply(suppression("w-mark", "ada@fintech.example", "UNSUBSCRIBED", false));

        Document stored = byId(ada.prospectId());
        assertThat(stored.getString("suppressed")).isEqualTo("UNSUBSCRIBED");
        assertThat(suppressed.suppressedAmong("w-mark", List.of("ADA@fintech.example", "bob@fintech.example")))
                .containsExactly("ADA@fintech.example");
    }

    @Test
    void shouldDeleteAnErasedPersonsProspectsNamedOrNotAndKeepOnlyTheHash() {
        FoundProspect ada = found("w-erase", person("ada", "ada@fintech.example"));
        prospects.recordIfNew(ada);
        // A prospect stored before prospects carried the address hash: found by its address.
        mongo.insert(new Document("_id", "old-ada").append("workspaceId", "w-erase").append("email", " ADA@fintech.example")
                .append("identities", List.of("w-erase|email:ada@fintech.example-old")), ProspectDocument.COLLECTION);
        FoundProspect bob = found("w-erase", person("bob", "bob@fintech.example"));
        prospects.recordIfNew(bob);

        long deleted = suppressed.apply(new Suppression("w-erase", AddressHash.of("w-erase", "ada@fintech.example"),
                "ERASED", true, List.of(ada.prospectId(), "unknown-to-prospector")));

        assertThat(deleted).isEqualTo(2);
        assertThat(byId(ada.prospectId())).isNull();
        assertThat(byId("old-ada")).isNull();
        assertThat(byId(bob.prospectId())).isNotNull();
        List<Document> left = mongo.find(Query.query(Criteria.where("workspaceId").is("w-erase")), Document.class,
                ProspectDocument.COLLECTION);
        assertThat(left).extracting(Document::toJson).noneMatch(json -> json.contains("ada@") || json.contains("Martin ada"));
        assertThat(prospects.recordIfNew(found("w-erase", person("ada-again", "ada@fintech.example")))).isFalse();
        assertThat(suppressed.apply(new Suppression("w-erase", AddressHash.of("w-erase", "ada@fintech.example"),
                "ERASED", true, List.of(ada.prospectId())))).as("a redelivery").isZero();
    }

    @Test
    void shouldEraseAnEarlierSuppressedProspect() {
        FoundProspect ada = found("w-later", person("ada", "ada@fintech.example"));
        prospects.recordIfNew(ada);
        suppressed.apply(suppression("w-later", "ada@fintech.example", "HARD_BOUNCED", false));

        suppressed.apply(suppression("w-later", "ada@fintech.example", "ERASED", true));

        assertThat(byId(ada.prospectId())).isNull();
        assertThat(byId("suppressed:" + AddressHash.of("w-later", "ada@fintech.example")).getString("suppressed"))
                .isEqualTo("ERASED");
    }

    @Test
    void shouldBlankAnErasedPersonsImportedRowAndLetTheCsvSourcePassOverIt() {
        mongo.insert(new Document("_id", "c-rows").append("workspaceId", "w-rows"), CampaignDocument.COLLECTION);
        MongoImportedPeople people = new MongoImportedPeople(mongo);
        assertThat(people.lock("c-rows", "imp-1", NOW, java.time.Duration.ofMinutes(5))).isTrue();
        people.insert(List.of(row("c-rows", "imp-1", 0, "ada"), row("c-rows", "imp-1", 1, "bob")));
        assertThat(people.commit("c-rows", "imp-1", countsWithTwoAt(0))).isTrue();

        suppressed.apply(suppression("w-rows", "ada@fintech.example", "ERASED", true));

        Document erased = mongo.findById(ImportedRow.key("imp-1", 0, 0), Document.class, ImportedPersonDocument.COLLECTION);
        assertThat(erased.getBoolean("erased")).isTrue();
        assertThat(erased.toJson()).doesNotContain("ada@").doesNotContain("Martin");
        Campaign campaign = new Campaign("c-rows", "w-rows", 1, CampaignStatus.ACTIVE, SourceKind.CSV, TargetProfile.anyone(), 10);
        SearchPage page = new CsvImportSource(people).search(campaign, 0, 1);
        assertThat(page.candidates()).extracting(c -> c.candidate().person().email()).containsExactly("bob@fintech.example");
        assertThat(page.nextCursor()).isEqualTo(2);
    }

    @Test
    void shouldRefuseASuppressionWithoutAHash() {
        assertThatThrownBy(() -> new Suppression("w1", "ada@fintech.example", "ERASED", true, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(suppressed.suppressedAmong("w1", Set.of())).isEmpty();
    }

    private static int[] countsWithTwoAt(int priority) {
        int[] counts = new int[io.opensdr.prospector.sources.csv.ImportSegment.PRIORITIES];
        counts[priority] = 2;
        return counts;
    }

    private static ImportedRow row(String campaignId, String importId, int seq, String key) {
        Candidate candidate = person("row-" + seq, key + "@fintech.example");
        return new ImportedRow(campaignId, importId, seq + 2, 0, seq, seq, candidate);
    }

    private Document byId(String id) {
        return mongo.findById(id, Document.class, ProspectDocument.COLLECTION);
    }

    private static Suppression suppression(String workspaceId, String email, String reason, boolean erase) {
        return new Suppression(workspaceId, AddressHash.of(workspaceId, email), reason, erase, List.of());
    }

    private static Candidate person(String key, String email) {
        Candidate vp = CandidateMother.aVpAtAFintech(key);
        return CandidateMother.withPerson(vp, CandidateMother.reachedAt(vp.person(), email,
                vp.person().emailGrade(), vp.person().linkedinUrl()));
    }

    private static FoundProspect found(String workspace, Candidate candidate) {
        return new FoundProspect(UUID.randomUUID().toString(), workspace, "c-" + workspace, SourceKind.DEMO,
                new RankedCandidate(candidate, ProspectPriority.of(candidate, TargetProfile.anyone())), NOW);
    }
}
