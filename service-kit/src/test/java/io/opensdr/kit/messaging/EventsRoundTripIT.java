package io.opensdr.kit.messaging;

import static io.opensdr.kit.ProspectFoundMother.aProspectFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opensdr.events.ProspectFound;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.outbox.Outbox;
import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.outbox.OutboxInserts;
import io.opensdr.kit.outbox.OutboxRelay;
import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole event path of a service on real infrastructure (KRaft broker, Apicurio registry,
 * mongo-java-server): an event recorded in a document's outbox is relayed to its topic in the
 * Confluent wire format, read back as the generated class, and a record that cannot be
 * processed goes to the DLT without stopping the consumer.
 */
@SpringBootTest(classes = EventsRoundTripIT.KitTestApplication.class,
        properties = {"spring.kafka.consumer.group-id=kit-round-trip", "spring.application.name=kit-test",
                // No poll or sweep after the one at start: every event here must go out because its write woke the relay.
                "opensdr.outbox.poll-interval-ms=3600000", "opensdr.outbox.sweep-interval-ms=3600000"})
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class EventsRoundTripIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "kit-round-trip");
    }

    @Autowired MongoTemplate mongo;
    @Autowired ReceivedEvents received;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired OutboxInserts inserts;
    @Autowired OutboxRelay relay;
    @Autowired SweepGate sweeps;

    private static final OutboxCollection ANNOUNCED = OutboxCollection.withEvents("announced");

    @Test
    void shouldRelayTheFirstEventOfANewDocumentFromItsEventsCollectionAndDeleteIt() {
        ProspectFound event = firstEventOf("prospect-announced");

        List<org.bson.Document> inserted = inserts.insertNewAnnounced(List.of(thing("announced-1")),
                List.of(OutboxEntry.of(event)), ANNOUNCED);

        assertThat(inserted).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(received.events).anySatisfy(got -> assertThat(got).isEqualTo(event)));
        await().atMost(Duration.ofSeconds(5)).until(() -> mongo.getCollection(ANNOUNCED.events()).countDocuments() == 0);
        assertThat(mongo.findById("announced-1", org.bson.Document.class, "announced")).doesNotContainKey(OutboxEntry.FIELD);
    }

    @Test
    void shouldPublishTheEventOnceWhenAnAttemptStoppedBetweenItsTwoWritesAndTheRecordCameAgain() {
        ProspectFound event = firstEventOf("prospect-stopped");
        // What the attempt that stopped left: its event (written first), no document, nothing told to the relay.
        mongo.getCollection(ANNOUNCED.events()).insertOne(OutboxEntry.of(event).toEventDocument("announced-2"));

        // The redelivered record's attempt completes it; a later redelivery finds it done.
        assertThat(inserts.insertNewAnnounced(List.of(thing("announced-2")), List.of(OutboxEntry.of(event)), ANNOUNCED)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor("prospect-stopped").size() == 1);
        assertThat(inserts.insertNewAnnounced(List.of(thing("announced-2")), List.of(OutboxEntry.of(event)), ANNOUNCED)).isEmpty();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> receivedFor("prospect-stopped").size() == 1);
        assertThat(receivedFor("prospect-stopped").get(0)).isEqualTo(event);
        assertThat(mongo.findById("announced-2", org.bson.Document.class, "announced")).isNotNull();
        assertThat(mongo.getCollection(ANNOUNCED.events()).countDocuments(new org.bson.Document(OutboxEntry.OWNER, "announced-2"))).isZero();
    }

    @Test
    void shouldPublishOnRestartTheEventOfADocumentStoredButNotRelayedOnce() {
        ProspectFound event = firstEventOf("prospect-restarted");
        // An instance stopped after both writes, before its relay published: the sweep at start finds the event.
        mongo.getCollection(ANNOUNCED.events()).insertOne(OutboxEntry.of(event).toEventDocument("announced-3"));
        mongo.getCollection("announced").insertOne(thing("announced-3"));

        relay.relay("announced");

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor("prospect-restarted").size() == 1);
        assertThat(mongo.getCollection(ANNOUNCED.events()).countDocuments(new org.bson.Document(OutboxEntry.OWNER, "announced-3"))).isZero();
        relay.relay("announced");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> receivedFor("prospect-restarted").size() == 1);
    }

    @Test
    void shouldRelayANewEventWhileASweepScansACollection() throws Exception {
        // A sweep held inside its scan of a collection's outbox arrays, as a scan of a large one on
        // a store without an index on the outbox (the qualifier benchmark's 445,000 assessments,
        // before they kept their events apart: 240-309 ms).
        sweeps.hold();
        Thread sweep = new Thread(() -> relay.relay("things"), "test-sweep");
        sweep.start();
        try {
            assertThat(sweeps.awaitHeld()).as("the sweep reached its scan").isTrue();
            ProspectFound event = firstEventOf("prospect-during-sweep");

            inserts.insertNewAnnounced(List.of(thing("announced-4")), List.of(OutboxEntry.of(event)), ANNOUNCED);

            await().atMost(Duration.ofSeconds(10)).until(() -> receivedFor("prospect-during-sweep").size() == 1);
        } finally {
            sweeps.release();
            sweep.join(Duration.ofSeconds(30).toMillis());
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> receivedFor("prospect-during-sweep").size() == 1);
    }

    /** A first event's id is derived from what it announces, as {@link OutboxInserts#insertNewAnnounced} requires. */
    private static ProspectFound firstEventOf(String prospectId) {
        return aProspectFound(prospectId).setEventId(UUID.nameUUIDFromBytes(prospectId.getBytes(StandardCharsets.UTF_8))).build();
    }

    private static org.bson.Document thing(String id) {
        return new org.bson.Document("_id", id).append("state", "found");
    }

    private List<ProspectFound> receivedFor(String prospectId) {
        return received.events.stream().filter(event -> event.getProspectId().equals(prospectId)).toList();
    }

    @Test
    void shouldRelayAnOutboxEventAndDecodeItAsTheGeneratedClass() {
        ProspectFound event = aProspectFound("prospect-outbox").build();

        mongo.upsert(Query.query(Criteria.where("_id").is("thing-1")),
                Outbox.record(new Update().set("state", "found"), event), "things");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(received.events).anySatisfy(got -> assertThat(got).isEqualTo(event)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(mongo.findById("thing-1", org.bson.Document.class, "things")
                        .getList(OutboxEntry.FIELD, Object.class)).isEmpty());
    }

    @Test
    void shouldRelayAnInsertedDocumentsEventsInTheirOrder() {
        ProspectFound first = aProspectFound("prospect-inserted-1").build();
        ProspectFound second = aProspectFound("prospect-inserted-2").build();

        mongo.insert(new Thing("thing-5", "found", List.of(OutboxEntry.of(first), OutboxEntry.of(second))), "things");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(received.events).containsSubsequence(first, second));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(mongo.findById("thing-5", org.bson.Document.class, "things")
                        .getList(OutboxEntry.FIELD, Object.class)).isEmpty());
    }

    @Test
    void shouldRelayEveryEventOfAnUpdateInTheirOrder() {
        ProspectFound first = aProspectFound("prospect-updated-1").build();
        ProspectFound second = aProspectFound("prospect-updated-2").build();

        mongo.upsert(Query.query(Criteria.where("_id").is("thing-6")),
                Outbox.record(new Update().set("state", "found"), first, second), "things");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(received.events).containsSubsequence(first, second));
    }

    @Test
    void shouldWriteTheConfluentWireFormatWithARegisteredSchemaId() throws Exception {
        mongo.upsert(Query.query(Criteria.where("_id").is("thing-2")),
                Outbox.record(new Update().set("state", "found"), aProspectFound("prospect-wire").build()), "things");

        byte[] value = firstRecordValue(TopicNames.PROSPECT_FOUND, "prospect-wire");
        assertThat(value[0]).as("magic byte").isZero();
        int schemaId = ByteBuffer.wrap(value, 1, 4).getInt();

        HttpResponse<String> schema = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestRegistry.baseUrl() + "/apis/ccompat/v7/schemas/ids/" + schemaId)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("ProspectFound");
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndKeepConsuming() {
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                "bootstrap.servers", broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(TopicNames.PROSPECT_FOUND, "prospect-poison",
                    "not avro at all".getBytes(StandardCharsets.UTF_8)));
            raw.flush();
        }
        ProspectFound after = aProspectFound("prospect-after-poison").build();
        mongo.upsert(Query.query(Criteria.where("_id").is("thing-3")),
                Outbox.record(new Update().set("state", "found"), after), "things");

        byte[] deadLettered = firstRecordValue(EventTopic.PROSPECT_FOUND.deadLetterTopicName(), "prospect-poison");
        assertThat(new String(deadLettered, StandardCharsets.UTF_8)).isEqualTo("not avro at all");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(received.events).anySatisfy(got -> assertThat(got.getProspectId()).isEqualTo("prospect-after-poison")));
    }

    @Test
    void shouldDeadLetterAnInvalidEventWithoutRetryingIt() {
        ProspectFound invalid = aProspectFound("prospect-invalid").setSourceRef("invalid").build();
        mongo.upsert(Query.query(Criteria.where("_id").is("thing-4")),
                Outbox.record(new Update().set("state", "found"), invalid), "things");

        byte[] deadLettered = firstRecordValue(EventTopic.PROSPECT_FOUND.deadLetterTopicName(), "prospect-invalid");
        assertThat(deadLettered[0]).as("re-published as Avro in the wire format").isZero();
        assertThat(received.attemptsFor("prospect-invalid")).isEqualTo(1);
    }

    private byte[] firstRecordValue(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<byte[]> found = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record.value());
                    }
                }
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    record Thing(@org.springframework.data.annotation.Id String id, String state, List<OutboxEntry> outbox) {
    }

    @SpringBootApplication
    static class KitTestApplication {

        @Bean
        OutboxCollection things() {
            return new OutboxCollection("things");
        }

        @Bean
        OutboxCollection announced() {
            return ANNOUNCED;
        }

        @Bean
        ReceivedEvents receivedEvents() {
            return new ReceivedEvents();
        }

        @Bean
        SweepGate sweepGate() {
            return new SweepGate();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer sweepGateListener(SweepGate gate) {
            return settings -> settings.addCommandListener(gate);
        }
    }

    /**
     * Holds, when told to, the thread that starts a sweep's scan of the "things" collection (a
     * find on its outbox), until released: the driver calls a command listener on the thread that
     * runs the command, before sending it.
     */
    static class SweepGate implements CommandListener {

        private volatile CountDownLatch release = new CountDownLatch(0);
        private volatile CountDownLatch held = new CountDownLatch(1);

        void hold() {
            held = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        boolean awaitHeld() throws InterruptedException {
            return held.await(30, TimeUnit.SECONDS);
        }

        void release() {
            release.countDown();
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            org.bson.BsonDocument command = event.getCommand();
            if ("find".equals(event.getCommandName()) && command.isString("find")
                    && "things".equals(command.getString("find").getValue()) && command.isDocument("filter")
                    && command.getDocument("filter").containsKey(OutboxEntry.FIELD + ".0") && release.getCount() > 0) {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A thin listener, as the services write them: it rejects one marked record as invalid. */
    static class ReceivedEvents {

        final List<ProspectFound> events = new CopyOnWriteArrayList<>();
        final List<String> attempts = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TopicNames.PROSPECT_FOUND)
        void on(ProspectFound event) {
            attempts.add(event.getProspectId());
            if ("invalid".equals(event.getSourceRef())) {
                throw new InvalidEventException("marked invalid by the test");
            }
            events.add(event);
        }

        long attemptsFor(String prospectId) {
            return attempts.stream().filter(prospectId::equals).count();
        }
    }
}
