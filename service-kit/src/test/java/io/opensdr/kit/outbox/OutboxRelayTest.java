package io.opensdr.kit.outbox;

import static io.opensdr.kit.ProspectFoundMother.aProspectFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.opensdr.events.ProspectFound;
import io.opensdr.kit.messaging.EventPublisher;
import io.opensdr.kit.testing.TestMongo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay of a collection that keeps its events apart, on a real MongoDB wire-protocol server
 * (mongo-java-server), with Kafka replaced by a publisher that acknowledges every event at once.
 */
class OutboxRelayTest {

    private static final OutboxCollection ANNOUNCED = OutboxCollection.withEvents("announced");
    private static final OutboxCollection PLAIN = new OutboxCollection("plain");

    private final Map<String, AtomicInteger> outboxScans = new ConcurrentHashMap<>();
    private final OutboxWrites writes = new OutboxWrites(Set.of(ANNOUNCED.name(), PLAIN.name()));
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(TestMongo.uri("outbox-relay-test")))
            .addCommandListener(writes)
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if ("find".equals(event.getCommandName()) && event.getCommand().isDocument("filter")
                            && event.getCommand().getDocument("filter").containsKey(OutboxEntry.FIELD + ".0")) {
                        outboxScans.computeIfAbsent(event.getCommand().getString("find").getValue(), name -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
            }).build());
    private final MongoTemplate mongo = new MongoTemplate(client, "outbox-relay-test");
    private final List<String> published = new CopyOnWriteArrayList<>();
    private OutboxRelay relay;

    @BeforeEach
    void start() {
        for (String collection : List.of(ANNOUNCED.name(), ANNOUNCED.events(), PLAIN.name())) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        EventPublisher publisher = mock(EventPublisher.class);
        when(publisher.publish(any(), any())).thenAnswer(call -> {
            published.add(((SpecificRecord) call.getArgument(0)).get(0).toString());
            return CompletableFuture.completedFuture(null);
        });
        // A sweep interval of zero: a sweep whenever the last one's duty cycle allows.
        relay = new OutboxRelay(mongo, publisher, List.of(ANNOUNCED, PLAIN), writes, Duration.ZERO);
    }

    @AfterEach
    void stop() {
        relay.destroy();
        client.close();
    }

    @Test
    void shouldSweepTheEventsOfACollectionThatKeepsThemApartAndItsOutboxArraysOnlyUntilOneSweepOfThemSucceeded() {
        OutboxEntry leftInAnArray = OutboxEntry.of(event("legacy"));
        mongo.getCollection(ANNOUNCED.name()).insertOne(new Document("_id", "doc-legacy")
                .append(OutboxEntry.FIELD, List.of(leftInAnArray.toDocument())));

        relay.relayPending(); // the sweep at start

        assertThat(published).containsExactly(leftInAnArray.eventId());
        OutboxEntry pending = OutboxEntry.of(event("pending"));
        mongo.getCollection(ANNOUNCED.events()).insertOne(pending.toEventDocument("doc-legacy"));
        OutboxEntry plain = OutboxEntry.of(event("plain"));
        mongo.getCollection(PLAIN.name()).insertOne(new Document("_id", "doc-plain").append(OutboxEntry.FIELD, List.of(plain.toDocument())));

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            relay.relayPending();
            return published.size() == 3;
        });
        relay.relayPending();

        assertThat(published).containsExactlyInAnyOrder(leftInAnArray.eventId(), pending.eventId(), plain.eventId());
        assertThat(outboxScans.get(ANNOUNCED.name())).as("the documents of a collection that keeps its events apart, scanned at start only")
                .hasValue(1);
        assertThat(outboxScans.get(PLAIN.name()).get()).as("the documents of any other, every sweep").isGreaterThan(1);
        assertThat(mongo.getCollection(ANNOUNCED.events()).countDocuments()).isZero();
    }

    @Test
    void shouldPublishADocumentsFirstEventBeforeALaterOneTheRelayWasToldOfAlone() {
        mongo.getCollection(ANNOUNCED.name()).insertOne(new Document("_id", "doc-1"));
        OutboxEntry first = OutboxEntry.of(event("first"));
        OutboxEntry later = OutboxEntry.of(event("later"));
        // The first event still pending, its relay not told yet, when the later one is written and told.
        mongo.getCollection(ANNOUNCED.events()).insertOne(first.toEventDocument("doc-1"));
        Document laterEvent = later.toEventDocument("doc-1").append(OutboxEntry.SEQUENCE, 2L);
        mongo.getCollection(ANNOUNCED.events()).insertOne(laterEvent);

        relay.onApplicationEvent(new AfterSaveEvent<>(laterEvent, laterEvent, ANNOUNCED.events()));

        await().atMost(Duration.ofSeconds(10)).until(() -> published.size() == 2);
        assertThat(published).containsExactly(first.eventId(), later.eventId());
    }

    @Test
    void shouldPublishLaterEventsInSequenceAndDeleteUnpublishedThoseWhoseDocumentIsGone() {
        mongo.getCollection(ANNOUNCED.name()).insertOne(new Document("_id", "doc-2"));
        OutboxEntry third = OutboxEntry.of(event("third"));
        OutboxEntry second = OutboxEntry.of(event("second"));
        OutboxEntry ofAnErased = OutboxEntry.of(event("of-an-erased"));
        OutboxEntry beforeItsDocument = OutboxEntry.of(event("before-its-document"));
        mongo.getCollection(ANNOUNCED.events()).insertMany(List.of(
                third.toEventDocument("doc-2").append(OutboxEntry.SEQUENCE, 7L),
                second.toEventDocument("doc-2").append(OutboxEntry.SEQUENCE, 4L),
                ofAnErased.toEventDocument("doc-erased").append(OutboxEntry.SEQUENCE, 4L),
                // A first event may be written before its document (OutboxInserts.insertNewAnnounced): it goes out.
                beforeItsDocument.toEventDocument("doc-not-yet")));

        relay.relay(ANNOUNCED.name());

        assertThat(published).containsExactly(beforeItsDocument.eventId(), second.eventId(), third.eventId());
        assertThat(mongo.getCollection(ANNOUNCED.events()).countDocuments()).isZero();
    }

    @Test
    void shouldRelayADocumentUpdatedByIdWithoutSweepingItsCollectionAndSweepItForAnUpdateByAnythingElse() {
        relay.relayPending(); // the sweep at start
        ProspectFound byId = event("updated-by-id");
        ProspectFound byState = event("updated-by-state");

        mongo.upsert(Query.query(Criteria.where("_id").is("doc-3")), Outbox.record(new Update().set("state", "found"), byId), PLAIN.name());

        await().atMost(Duration.ofSeconds(10)).until(() -> published.contains(byId.getEventId().toString()));
        assertThat(outboxScans.get(PLAIN.name())).as("read back by id, not found by a scan").hasValue(1);

        mongo.updateFirst(Query.query(Criteria.where("state").is("found")), Outbox.record(new Update().set("state", "qualified"), byState),
                PLAIN.name());

        await().atMost(Duration.ofSeconds(10)).until(() -> published.contains(byState.getEventId().toString()));
        assertThat(outboxScans.get(PLAIN.name())).as("an update that does not name its document: a sweep").hasValue(2);
        assertThat(mongo.getCollection(PLAIN.name()).find(new Document("_id", "doc-3")).first().getList(OutboxEntry.FIELD, Document.class))
                .isEmpty();
    }

    private static ProspectFound event(String name) {
        return aProspectFound("prospect-" + name).build();
    }
}
