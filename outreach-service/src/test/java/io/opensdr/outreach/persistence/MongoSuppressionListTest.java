package io.opensdr.outreach.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.testing.MutableClock;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.outreach.domain.SuppressionReason;
import io.opensdr.events.PersonSuppressed;
import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The suppression list on a real MongoDB wire-protocol server (mongo-java-server). */
class MongoSuppressionListTest {

    private static final String DATABASE = "suppression-list-test";
    private static final MongoClient client = MongoClients.create(TestMongo.uri(DATABASE));

    private final MongoTemplate mongo = new MongoTemplate(client, DATABASE);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final MongoPersonRecords records = new MongoPersonRecords(mongo);
    private final MongoSuppressionList list = new MongoSuppressionList(mongo, records, clock);

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void empty() {
        for (String collection : java.util.List.of(SuppressionDocument.COLLECTION, SendLedgerDocument.COLLECTION)) {
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
        }
    }

    @Test
    void shouldSuppressAnAddressWhateverItsCaseAndSpaces() {
        list.suppress("w1", "Ada.Lovelace@Example.com", SuppressionReason.UNSUBSCRIBED, "one-click");

        assertThat(list.isSuppressed("w1", " ada.lovelace@example.COM ")).isTrue();
        assertThat(list.isSuppressed("w1", "grace@example.com")).isFalse();
    }

    @Test
    void shouldKeepEachWorkspacesListApart() {
        list.suppress("w1", "ada@example.com", SuppressionReason.HARD_BOUNCED, "550 5.1.1 user unknown");

        assertThat(list.isSuppressed("w2", "ada@example.com")).isFalse();
    }

    @Test
    void shouldStoreOnlyTheHashNeverTheAddress() {
        list.suppress("w1", "ada@example.com", SuppressionReason.SPAM_REPORTED, null);

        Document stored = mongo.getCollection(SuppressionDocument.COLLECTION).find().first();
        assertThat(stored.get("_id")).isEqualTo(AddressHash.of("w1", "ada@example.com"));
        stored.remove("outbox"); // Avro bytes, checked through the event below
        assertThat(stored.toJson()).doesNotContain("ada").doesNotContain("example.com");
        assertThat(stored.getString("reason")).isEqualTo("SPAM_REPORTED");
        assertThat(stored.getDate("suppressedAt").toInstant()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void shouldKeepTheFirstReasonWhenSuppressedAgain() {
        list.suppress("w1", "ada@example.com", SuppressionReason.UNSUBSCRIBED, "one-click");
        clock.advance(java.time.Duration.ofHours(1));
        list.suppress("w1", "ADA@example.com", SuppressionReason.HARD_BOUNCED, "550");

        assertThat(mongo.getCollection(SuppressionDocument.COLLECTION).countDocuments()).isEqualTo(1);
        Document stored = mongo.getCollection(SuppressionDocument.COLLECTION).find().first();
        assertThat(stored.getString("reason")).isEqualTo("UNSUBSCRIBED");
        assertThat(stored.getString("detail")).isEqualTo("one-click");
    }

    @Test
    void shouldTurnAnEarlierEntryIntoAnErasureAndForgetItsDetail() {
        list.suppress("w1", "ada@example.com", SuppressionReason.HARD_BOUNCED, "550 <ada@example.com> unknown");
        list.suppress("w1", "ada@example.com", SuppressionReason.ERASED, "request 42");

        Document stored = mongo.getCollection(SuppressionDocument.COLLECTION).find().first();
        assertThat(stored.getString("reason")).isEqualTo("ERASED");
        assertThat(stored.containsKey("detail")).isFalse();
        stored.remove("outbox");
        assertThat(stored.toJson()).doesNotContain("ada");
        assertThat(list.isSuppressed("w1", "ada@example.com")).isTrue();
    }

    @Test
    void shouldAnnounceASuppressionOnceWithTheProspectsOutreachHolds() {
        mongo.getCollection(SendLedgerDocument.COLLECTION).insertOne(new Document("_id", "p1:1")
                .append("prospectId", "p1").append("step", 1).append("campaignId", "c1").append("workspaceId", "w1")
                .append("recipientEmail", "Ada@Example.com").append("status", "SENT"));

        list.suppress("w1", "ada@example.com", SuppressionReason.UNSUBSCRIBED, "one-click");
        list.suppress("w1", "ada@example.com", SuppressionReason.SPAM_REPORTED, null);

        List<PersonSuppressed> events = outbox();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getWorkspaceId()).isEqualTo("w1");
            assertThat(event.getAddressHash()).isEqualTo(AddressHash.of("w1", "ada@example.com"));
            assertThat(event.getReason()).isEqualTo(io.opensdr.events.SuppressionReason.UNSUBSCRIBED);
            assertThat(event.getErase()).isFalse();
            assertThat(event.getProspectIds()).containsExactly("p1");
            assertThat(event.getCampaignId()).isEqualTo("c1");
        });
    }

    @Test
    void shouldAnnounceAnErasureEvenOfAnAddressSuppressedBefore() {
        list.suppress("w1", "ada@example.com", SuppressionReason.HARD_BOUNCED, "550");
        list.suppress("w1", "ada@example.com", SuppressionReason.ERASED, null);
        list.suppress("w1", "ada@example.com", SuppressionReason.ERASED, null);

        assertThat(outbox()).extracting(PersonSuppressed::getErase).containsExactly(false, true);
        assertThat(outbox().get(1).getCampaignId()).isNull();
    }

    @SuppressWarnings("unchecked")
    private List<PersonSuppressed> outbox() {
        Document stored = mongo.getCollection(SuppressionDocument.COLLECTION).find().first();
        return stored.getList("outbox", Document.class).stream()
                .map(entry -> (PersonSuppressed) mongo.getConverter().read(OutboxEntry.class, entry).toEvent())
                .toList();
    }

    @Test
    void shouldNeverSuppressNobody() {
        assertThat(list.isSuppressed("w1", "")).isFalse();
        assertThat(list.isSuppressed("w1", null)).isFalse();
    }
}
