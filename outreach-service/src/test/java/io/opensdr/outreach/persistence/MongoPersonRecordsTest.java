package io.opensdr.outreach.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.outreach.domain.PersonRecords.KnownRecipient;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** What outreach holds about people, found and erased on a real MongoDB wire-protocol server. */
class MongoPersonRecordsTest {

    private static final String DATABASE = "person-records-test";
    private static final MongoClient client = MongoClients.create(TestMongo.uri(DATABASE));

    private final MongoTemplate mongo = new MongoTemplate(client, DATABASE);
    private final MongoPersonRecords records = new MongoPersonRecords(mongo);

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void holdAdaAndGrace() {
        for (String collection : List.of(SendLedgerDocument.COLLECTION, DraftDocument.COLLECTION,
                ParkedQualificationDocument.COLLECTION, EngagementDocument.COLLECTION)) {
            mongo.remove(new Query(), collection);
        }
        ledger("p1:1", "p1", 1, "w1", "Ada@Example.com", "SENT");
        ledger("p1:2", "p1", 2, "w1", "Ada@Example.com", "APPROVED");
        ledger("p9:1", "p9", 1, "w1", "grace@example.com", "SENT");
        draft("p1:1", "p1", "w1", "Ada@Example.com");
        draft("p2:1", "p2", "w1", "ada@example.com");
        draft("p5:1", "p5", "w2", "ada@example.com");
        mongo.getCollection(ParkedQualificationDocument.COLLECTION).insertOne(new Document("_id", "p3")
                .append("campaignId", "c3").append("workspaceId", "w1")
                .append("contact", new Document("firstName", "Ada").append("email", " ADA@example.com")));
        mongo.getCollection(EngagementDocument.COLLECTION).insertOne(new Document("_id", "local:1")
                .append("workspaceId", "w1").append("campaignId", "c1").append("prospectId", "p1").append("emailId", "p1:1")
                .append("kind", "CLICKED").append("detail", "https://cal.example/ada?email=ada@example.com"));
    }

    @Test
    void shouldFindAProspectsAddressInItsLatestLedgerEntryFirst() {
        assertThat(records.recipientOf("w1", "p1")).contains(new KnownRecipient("p1", "c1", "Ada@Example.com", "p1:2"));
        assertThat(records.recipientOf("w1", "p2")).contains(new KnownRecipient("p2", "c1", "ada@example.com", null));
        assertThat(records.recipientOf("w1", "p3")).contains(new KnownRecipient("p3", "c3", " ADA@example.com", null));
        assertThat(records.recipientOf("w2", "p1")).as("another workspace").isEmpty();
    }

    @Test
    void shouldFindEveryProspectOfTheWorkspaceWithTheAddressWhateverItsCase() {
        assertThat(records.withAddress("w1", "ada@EXAMPLE.com ")).extracting(KnownRecipient::prospectId)
                .containsExactlyInAnyOrder("p1", "p2", "p3");
        assertThat(records.withAddress("w1", "a.a@example.com")).as("the dot is no wildcard").isEmpty();
    }

    @Test
    void shouldEraseThePersonalDataAndKeepTheIdsAndCounts() {
        records.erase("w1", List.of("p1", "p2", "p3"));

        assertThat(records.withAddress("w1", "ada@example.com")).isEmpty();
        assertThat(records.recipientOf("w1", "p1")).isEmpty();
        Document sent = find(SendLedgerDocument.COLLECTION, "p1:1");
        assertThat(sent.getString("status")).isEqualTo("SENT");
        assertThat(sent.containsKey("recipientEmail") || sent.containsKey("body")).isFalse();
        assertThat(find(SendLedgerDocument.COLLECTION, "p1:2").getString("status"))
                .as("an approved email that has not left is cancelled").isEqualTo("FAILED");
        Document draft = find(DraftDocument.COLLECTION, "p2:1");
        assertThat(draft.getString("prospectId")).isEqualTo("p2");
        assertThat(draft.containsKey("recipient")).isFalse();
        assertThat(draft.getList("outbox", Document.class)).as("an EmailDrafted not yet relayed names the person").isEmpty();
        assertThat(mongo.getCollection(ParkedQualificationDocument.COLLECTION).countDocuments()).isZero();
        assertThat(find(EngagementDocument.COLLECTION, "local:1").containsKey("detail")).isFalse();
        assertThat(find(EngagementDocument.COLLECTION, "local:1").getString("kind")).isEqualTo("CLICKED");
        assertThat(records.recipientOf("w1", "p9")).as("someone else").isPresent();
        assertThat(records.recipientOf("w2", "p5")).as("the same ids in another workspace").isPresent();
    }

    private Document find(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }

    private void ledger(String id, String prospectId, int step, String workspaceId, String email, String status) {
        mongo.getCollection(SendLedgerDocument.COLLECTION).insertOne(new Document("_id", id).append("prospectId", prospectId)
                .append("step", step).append("campaignId", "c1").append("workspaceId", workspaceId)
                .append("recipientEmail", email).append("recipientName", "Ada Lovelace").append("subject", "Hello Ada")
                .append("body", "Hi Ada").append("status", status));
    }

    private void draft(String id, String prospectId, String workspaceId, String email) {
        mongo.getCollection(DraftDocument.COLLECTION).insertOne(new Document("_id", id).append("prospectId", prospectId)
                .append("step", 1).append("campaignId", "c1").append("workspaceId", workspaceId)
                .append("recipient", new Document("firstName", "Ada").append("email", email)).append("subject", "Hello Ada")
                .append("outbox", List.of(new Document("eventId", "e-" + id).append("eventType", "EmailDrafted"))));
    }
}
