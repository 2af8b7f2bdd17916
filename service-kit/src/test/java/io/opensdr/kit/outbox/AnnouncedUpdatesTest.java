package io.opensdr.kit.outbox;

import static io.opensdr.kit.ProspectFoundMother.aProspectFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.events.ProspectFound;
import io.opensdr.kit.outbox.AnnouncedUpdates.AnnouncedUpdate;
import io.opensdr.kit.testing.TestMongo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Update;

/** Updates announced through a collection of events, on a real MongoDB wire-protocol server (mongo-java-server). */
class AnnouncedUpdatesTest {

    private static final MongoClient client = MongoClients.create(TestMongo.uri("announced-updates-test"));
    private static final OutboxCollection THINGS = OutboxCollection.withEvents("things");

    private final MongoTemplate mongo = new MongoTemplate(client, "announced-updates-test");
    private final List<Document> relayTold = new ArrayList<>();
    private final AnnouncedUpdates updates = new AnnouncedUpdates(mongo,
            event -> relayTold.add(((AfterSaveEvent<?>) event).getDocument()));

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void empty() {
        mongo.getCollection(THINGS.name()).deleteMany(new Document());
        mongo.getCollection(THINGS.events()).deleteMany(new Document());
    }

    @Test
    void shouldApplyEachUpdateAndKeepItsEventAsAPendingDocumentOfTheEventsCollectionInSequence() {
        store("thing-1", "found");
        store("thing-2", "found");
        OutboxEntry event = OutboxEntry.of(laterEventOf("thing-1", 3));

        updates.apply(List.of(
                new AnnouncedUpdate("thing-1", new Update().set("state", "qualified"), event, 3),
                new AnnouncedUpdate("thing-2", new Update().set("state", "rejected"), null, 3)), Thing.class, THINGS);

        assertThat(stateOf("thing-1")).isEqualTo("qualified");
        assertThat(stateOf("thing-2")).as("an update nobody needs to hear of").isEqualTo("rejected");
        List<Document> events = mongo.getCollection(THINGS.events()).find().into(new ArrayList<>());
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("_id", event.eventId()).containsEntry(OutboxEntry.OWNER, "thing-1")
                .containsEntry(OutboxEntry.SEQUENCE, 3L);
        assertThat(OutboxEntry.fromDocument(events.get(0)).toEvent()).isEqualTo(event.toEvent());
        assertThat(mongo.getCollection(THINGS.name()).find(new Document("_id", "thing-1")).first())
                .as("no outbox array in the document").doesNotContainKey(OutboxEntry.FIELD);
        assertThat(relayTold).extracting(told -> told.get("_id")).containsExactly(event.eventId());
    }

    @Test
    void shouldCompleteAnAttemptThatStoppedBetweenTheEventAndTheUpdateWithOneEventOfTheSameId() {
        store("thing-3", "found");
        OutboxEntry event = OutboxEntry.of(laterEventOf("thing-3", 2));
        // What the attempt that stopped left: its event (written first), the document not updated.
        mongo.getCollection(THINGS.events()).insertOne(event.toEventDocument("thing-3").append(OutboxEntry.SEQUENCE, 2L));

        updates.apply(List.of(new AnnouncedUpdate("thing-3", new Update().set("state", "qualified"), event, 2)), Thing.class, THINGS);

        assertThat(stateOf("thing-3")).isEqualTo("qualified");
        assertThat(mongo.getCollection(THINGS.events()).countDocuments(new Document(OutboxEntry.OWNER, "thing-3"))).isEqualTo(1);
        assertThat(relayTold).extracting(told -> told.get("_id")).containsExactly(event.eventId());
    }

    @Test
    void shouldDeleteTheEventOfADocumentErasedBeforeItsUpdateAndNotTellTheRelay() {
        OutboxEntry event = OutboxEntry.of(laterEventOf("erased-1", 2));

        updates.apply(List.of(new AnnouncedUpdate("erased-1", new Update().set("state", "qualified"), event, 2)), Thing.class, THINGS);

        assertThat(mongo.getCollection(THINGS.events()).countDocuments()).isZero();
        assertThat(mongo.getCollection(THINGS.name()).countDocuments()).as("an update by id creates nothing").isZero();
        assertThat(relayTold).isEmpty();
    }

    @Test
    void shouldRefuseALaterEventThatWouldNotComeAfterTheFirst() {
        OutboxEntry event = OutboxEntry.of(laterEventOf("thing-4", 0));

        assertThatThrownBy(() -> new AnnouncedUpdate("thing-4", new Update().set("state", "x"), event, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> updates.apply(List.of(new AnnouncedUpdate("thing-4", new Update(), null, 0)),
                Thing.class, new OutboxCollection("plain")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no events collection");
    }

    private void store(String id, String state) {
        mongo.getCollection(THINGS.name()).insertOne(new Document("_id", id).append("state", state));
    }

    private String stateOf(String id) {
        return mongo.getCollection(THINGS.name()).find(new Document("_id", id)).first().getString("state");
    }

    /** A later event's id derived from its document and its change, as {@link AnnouncedUpdates} requires. */
    private static ProspectFound laterEventOf(String id, long sequence) {
        return aProspectFound(id).setEventId(UUID.nameUUIDFromBytes((id + "/" + sequence).getBytes(StandardCharsets.UTF_8))).build();
    }

    record Thing(@org.springframework.data.annotation.Id String id, String state) {
    }
}
