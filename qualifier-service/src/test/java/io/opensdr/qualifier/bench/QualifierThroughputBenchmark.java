package io.opensdr.qualifier.bench;

import static io.opensdr.qualifier.messaging.CampaignSnapshotMother.anActiveCampaign;
import static io.opensdr.qualifier.messaging.ProspectFoundMother.aVpAtAFundedFintech;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.opensdr.events.BuyingSignal;
import io.opensdr.events.Contact;
import io.opensdr.events.CriterionScore;
import io.opensdr.events.EmailGrade;
import io.opensdr.events.ProspectCompany;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectPerson;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.Scorer;
import io.opensdr.events.Seniority;
import io.opensdr.events.SignalType;
import io.opensdr.events.catalog.EventTopic;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.TestRegistry;
import io.opensdr.kit.testing.TestTokens;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The speed benchmark of one qualifier instance on the real infrastructure (embedded KRaft broker,
 * Apicurio registry, mongo-java-server's in-memory backend), beside raw Kafka on the same broker in the
 * same run. Not part of {@code verify}: its name matches neither the *Test nor the *IT pattern.
 * Run it with the command in bench/README.md; it prints a table and writes it to
 * {@code qualifier-service/target/bench/qualifier-throughput.txt}.
 *
 * <p>Everything shares the machine's cores. One JVM holds the broker, the service, and the load
 * generator and probes; the registry and two mongo-java-servers (the qualifier's, the pipes')
 * are child processes. The raw Kafka
 * rows use the same broker, producer settings (acks=all, idempotent), partitions and record
 * size, so the ratio between the two is the cost of the qualifier itself. Five {@link Pipe}s
 * between them tell what part of that cost any service of this shape pays on this machine: two
 * move bytes (doing nothing, or storing each record), three do what any qualifier must under the
 * event contract and no more (decode ProspectFound, encode ProspectQualified with the registry's
 * serde; storing nothing, one document per record, or one per poll).
 *
 * <p>System properties: {@code bench.prospects} (throughput run, default 200000),
 * {@code bench.rate} (latency run, per second, default 500), {@code bench.seconds} (latency
 * run, default 30), {@code bench.timeout-s} (longest wait for one run, default 600),
 * {@code bench.warm-up} (records per path, default 20000), {@code bench.pipe-consumers}
 * (consumers per pipe, default 1), {@code bench.mongo-in-jvm} (default false),
 * {@code bench.mongo-gc} (a collector flag for the mongo-java-server processes, default none).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = EventTopic.PARTITIONS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class QualifierThroughputBenchmark {

    private static final int PROSPECTS = Integer.getInteger("bench.prospects", 200_000);
    private static final int RATE = Integer.getInteger("bench.rate", 500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.timeout-s", 600));
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 20_000);
    private static final String WORKSPACE = "w-bench";
    private static final String CAMPAIGN = "c-bench";

    /**
     * TestInfrastructure's registry and broker settings, with a mongo-java-server of its own: the
     * shared one keeps an oplog (every insert and update, whole documents included) that nothing
     * here reads, and whose growth over 200,000 assessments turned into long GC pauses. It runs in
     * a JVM of its own ({@link MongoServerProcess}), as a MongoDB is a process of its own: in this
     * JVM its gigabytes of documents made the young-generation pauses of the measured service
     * average 130 ms (3.2 s of pauses in a 39 s run). {@code -Dbench.mongo-in-jvm=true} keeps it
     * in this JVM, as the runs before session 8 had it.
     */
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", QualifierThroughputBenchmark::memoryMongoWithoutOplog);
        properties.add("opensdr.registry-url", TestRegistry::apicurioApi);
        properties.add("opensdr.retry-initial-interval-ms", () -> "50");
        properties.add("opensdr.retry-attempts", () -> "2");
        TOKENS.register(properties);
    }

    /** Access tokens as campaign-service signs them: the summary the benchmark waits for needs one. */
    private static final TestTokens TOKENS = TestTokens.start();

    private static synchronized String memoryMongoWithoutOplog() {
        if (mongoUri == null) {
            mongoUri = memoryMongo("qualifier-bench");
        }
        return mongoUri;
    }

    private static String mongoUri;

    /**
     * The pipes' store: a mongo-java-server of their own (in the benchmark's JVM with
     * {@code -Dbench.mongo-in-jvm=true}), so that their documents, and collecting them, never
     * weigh on the qualifier's store.
     */
    private static String pipesMongo() {
        return memoryMongo("pipe-bench");
    }

    /** A new mongo-java-server, in-memory and without oplog: in a JVM of its own, or in this one. */
    private static String memoryMongo(String database) {
        if (!Boolean.getBoolean("bench.mongo-in-jvm")) {
            return MongoServerProcess.start(database);
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", FreePort.find());
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/" + database;
    }

    @Autowired KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired DefaultKafkaProducerFactory<String, SpecificRecord> eventProducerFactory;
    @Autowired ConsumerFactory<String, Object> eventConsumerFactory;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired TestRestTemplate http;
    @Autowired KafkaListenerEndpointRegistry listeners;

    private final List<ProspectFound> prototypes = realisticProspects();

    @Test
    void shouldMeasureQualifierThroughputAndLatencyBesideRawKafka() throws Exception {
        kafka.send(TopicNames.CAMPAIGN, CAMPAIGN, anActiveCampaign(WORKSPACE, CAMPAIGN, 100_000).build()).join();
        await().atMost(Duration.ofSeconds(60)).until(() -> http.exchange(RequestEntity
                .get("/api/qualifier/campaigns/" + CAMPAIGN + "/summary")
                .header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(TestTokens.member(WORKSPACE))).build(), Map.class)
                .getStatusCode() == HttpStatus.OK);
        int recordSize = prospectLoad("size-", 1).values()[0].length;
        String raw = "bench.raw.v1";
        List<String> pipeTopics = List.of("bench.pipe-in.v1", "bench.pipe-out.v1", "bench.store-in.v1", "bench.store-out.v1",
                "bench.avro-in.v1", "bench.avro-out.v1", "bench.avro-each-in.v1", "bench.avro-each-out.v1",
                "bench.avro-poll-in.v1", "bench.avro-poll-out.v1");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            admin.createTopics(Stream.concat(Stream.of(raw), pipeTopics.stream())
                    .map(topic -> new NewTopic(topic, EventTopic.PARTITIONS, (short) 1)).toList()).all().get();
        }

        Results r;
        try (MongoClient mongo = MongoClients.create(pipesMongo());
             KafkaProducer<byte[], byte[]> bytesOut = rawProducer()) {
            MongoDatabase pipeStore = mongo.getDatabase("pipe-bench");
            List<PipeRun> pipes = List.of(
                    new PipeRun("pipe doing no work, bytes, topic -> topic", false,
                            bytesPipe("bench.pipe-in.v1", "bench.pipe-out.v1", bytesOut, null)),
                    new PipeRun("pipe storing each record in mongo-java-server", false,
                            bytesPipe("bench.store-in.v1", "bench.store-out.v1", bytesOut, pipeStore.getCollection("piped"))),
                    new PipeRun("Avro pipe: decode, encode, no scoring, no store", true,
                            avroPipe("bench.avro-in.v1", "bench.avro-out.v1", AvroPipeStore.NONE, null)),
                    new PipeRun("Avro pipe storing one document per record", true,
                            avroPipe("bench.avro-each-in.v1", "bench.avro-each-out.v1", AvroPipeStore.ONE_PER_RECORD,
                                    pipeStore.getCollection("avro-each"))),
                    new PipeRun("Avro pipe storing one document per poll", true,
                            avroPipe("bench.avro-poll-in.v1", "bench.avro-poll-out.v1", AvroPipeStore.ONE_PER_POLL,
                                    pipeStore.getCollection("avro-poll"))));
            try {
                // Warm-up of every path (JIT, connections, registry look-ups), not measured.
                throughput(bytesLoad("warm-raw-", WARM_UP, recordSize), raw, raw, null);
                for (PipeRun pipe : pipes) {
                    throughput(loadFor(pipe, "warm-", WARM_UP, recordSize), pipe.pipe().from(), pipe.pipe().to(), null);
                }
                // Each pipe's documents are dropped after its run: kept, they would fill the store's
                // heap, and its collections' pauses would show in the qualifier's latency.
                pipeStore.drop();
                qualifierThroughput("warm-", WARM_UP, false);

                Throughput rawThroughput = throughput(bytesLoad("raw-", PROSPECTS, recordSize), raw, raw, null);
                Map<String, Throughput> piped = new LinkedHashMap<>();
                for (PipeRun pipe : pipes) {
                    piped.put(pipe.name(), throughput(loadFor(pipe, "tp-", PROSPECTS, recordSize), pipe.pipe().from(), pipe.pipe().to(), null));
                    pipeStore.drop();
                }
                r = new Results(recordSize, rawThroughput, piped,
                        qualifierThroughput("tp-", PROSPECTS, false),
                        qualifierThroughput("backlog-", PROSPECTS, true),
                        bytesLatency(raw, raw, recordSize),
                        qualifierLatency());
            } finally {
                for (PipeRun pipe : pipes) {
                    pipe.pipe().close();
                }
            }
        }
        String table = table(r);
        System.out.println(table);
        Path out = Path.of("target", "bench", "qualifier-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(r.raw().received()).as("every raw record received").isEqualTo(PROSPECTS);
        r.piped().forEach((name, piped) -> {
            assertThat(piped.received()).as("every record through: " + name).isEqualTo(PROSPECTS);
            assertThat(piped.duplicates()).as("no duplicate through: " + name).isZero();
        });
        assertThat(r.qualifier().received()).as("every prospect qualified exactly once").isEqualTo(PROSPECTS);
        assertThat(r.qualifier().duplicates()).isZero();
        assertThat(r.backlog().received()).as("every prospect of the backlog qualified exactly once").isEqualTo(PROSPECTS);
        assertThat(r.backlog().duplicates()).isZero();
    }

    // ---- the load, and its arrival -----------------------------------------------------------

    /**
     * Records prepared before the clock starts, so that sending them costs every run the same:
     * raw Kafka, the pipes and the qualifier alike are fed byte arrays by the same producer. The
     * qualifier's and the Avro pipes' records are ProspectFound events encoded beforehand with the
     * services' own serializer (registry schema id included), raw Kafka's and the byte pipes'
     * records are as many bytes.
     */
    record Load(String prefix, byte[][] keys, byte[][] values) {
    }

    private static Load bytesLoad(String prefix, int count, int recordSize) {
        byte[][] keys = new byte[count][];
        byte[][] values = new byte[count][];
        for (int i = 0; i < count; i++) {
            keys[i] = (prefix + i).getBytes(StandardCharsets.UTF_8);
            values[i] = new byte[recordSize];
            ByteBuffer.wrap(values[i]).putInt(i);
        }
        return new Load(prefix, keys, values);
    }

    private Load prospectLoad(String prefix, int count) {
        Serializer<SpecificRecord> avro = eventProducerFactory.getValueSerializer();
        byte[][] keys = new byte[count][];
        byte[][] values = new byte[count][];
        for (int i = 0; i < count; i++) {
            ProspectFound found = prospect(prefix + i, i);
            keys[i] = found.getProspectId().getBytes(StandardCharsets.UTF_8);
            values[i] = avro.serialize(TopicNames.PROSPECT_FOUND, found);
        }
        return new Load(prefix, keys, values);
    }

    /**
     * Sends a load as fast as possible to {@code produceTo} and stamps the arrival of each of its
     * records on {@code probe}, told by its key (raw Kafka: the same topic; a pipe: its output; the
     * qualifier: ProspectQualified, keyed by the prospect's id). A key seen twice is a duplicate.
     * With {@code stoppedWhileSending}, that listener is stopped while the load is sent and started
     * once all of it is on the topic, and the clock starts with it.
     */
    private Throughput throughput(Load load, String produceTo, String probe, MessageListenerContainer stoppedWhileSending)
            throws Exception {
        int count = load.keys().length;
        AtomicLong received = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        long[] arrivals = new long[count];
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (Probe<byte[]> arrivalsProbe = new Probe<>(rawConsumer(null), probe, (record, at) -> {
            String key = new String((byte[]) record.key(), StandardCharsets.UTF_8);
            if (!key.startsWith(load.prefix())) {
                return;
            }
            if (!seen.add(key)) {
                duplicates.incrementAndGet();
                return;
            }
            int i = (int) received.getAndIncrement();
            if (i < count) {
                arrivals[i] = at;
            }
        }); KafkaProducer<byte[], byte[]> producer = rawProducer()) {
            if (stoppedWhileSending != null) {
                stoppedWhileSending.stop();
            }
            // On the console, to find each run in a profile (JFR) of the benchmark.
            System.out.printf("bench: %s from %s to %s, %d records, starts at %s%n", load.prefix(), produceTo, probe, count, Instant.now());
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(produceTo, load.keys()[i], load.values()[i]));
            }
            producer.flush();
            if (stoppedWhileSending != null) {
                assertThat(received.get()).as("nothing through while the listener was stopped").isZero();
                start = System.nanoTime();
                stoppedWhileSending.start();
            }
            awaitCount(received, count);
            // A late duplicate would show within a second.
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            return Throughput.of(start, arrivals, (int) Math.min(received.get(), count), duplicates.get());
        } finally {
            if (stoppedWhileSending != null && !stoppedWhileSending.isRunning()) {
                stoppedWhileSending.start();
            }
        }
    }

    private Latency bytesLatency(String produceTo, String probe, int recordSize) throws Exception {
        long[] latencies = new long[RATE * SECONDS];
        AtomicLong received = new AtomicLong();
        try (Probe<byte[]> latencyProbe = new Probe<>(rawConsumer(null), probe, (record, at) -> {
            int i = ByteBuffer.wrap(record.value()).getInt(8);
            latencies[i] = at - ByteBuffer.wrap(record.value()).getLong(0);
            received.incrementAndGet();
        }); KafkaProducer<byte[], byte[]> producer = rawProducer()) {
            paced(i -> {
                byte[] payload = new byte[recordSize];
                ByteBuffer.wrap(payload).putLong(System.nanoTime()).putInt(i);
                producer.send(new ProducerRecord<>(produceTo, ("lat-" + i).getBytes(StandardCharsets.UTF_8), payload));
            });
            awaitCount(received, latencies.length);
            return Latency.of(latencies, (int) received.get());
        }
    }

    private KafkaProducer<byte[], byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A consumer of bytes; a group only when it commits (a pipe), none for a probe. */
    private Consumer<byte[], byte[]> rawConsumer(String groupId) {
        Map<String, Object> config = new HashMap<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    // ---- pipes: the qualifier's shape with less of its work -----------------------------------

    /** A pipe, the name of its row, and whether it is fed ProspectFound events (else bytes). */
    private record PipeRun(String name, boolean avro, Pipe pipe) {
    }

    private Load loadFor(PipeRun pipe, String prefix, int count, int recordSize) {
        return pipe.avro() ? prospectLoad(prefix, count) : bytesLoad(prefix, count, recordSize);
    }

    /**
     * Republishes each byte record, unchanged; with a store, it first inserts each poll's records
     * into mongo-java-server (one unordered bulk insert of {_id, key, payload} documents, no index
     * but _id): the least a consumer that keeps what it reads can do.
     */
    private Pipe bytesPipe(String from, String to, KafkaProducer<byte[], byte[]> producer, MongoCollection<Document> store) {
        return new Pipe(from, to, () -> rawConsumer("bench-pipe-" + from), (ConsumerRecords<byte[], byte[]> records) -> {
            if (store != null) {
                List<Document> documents = new ArrayList<>(records.count());
                records.forEach(record -> documents.add(new Document("key", new String(record.key(), StandardCharsets.UTF_8))
                        .append("payload", new Binary(record.value()))));
                store.insertMany(documents, new InsertManyOptions().ordered(false));
            }
            records.forEach(record -> producer.send(new ProducerRecord<>(to, record.key(), record.value())));
        });
    }

    /** What an Avro pipe keeps of each poll before it sends. */
    private enum AvroPipeStore { NONE, ONE_PER_RECORD, ONE_PER_POLL }

    /**
     * The least any qualifier must do, whatever its design: decode each ProspectFound with the
     * services' consumer (registry deserializer), and send a ProspectQualified of the same shape
     * and size as the qualifier's with the services' producer (registry serializer) — but with
     * fixed scores instead of scoring. With a store it also keeps, before sending, either one
     * small document per prospect ({_id: prospect id, campaignId, totalScore, decision}: the
     * least that lets the prospect be found again, counted and re-decided) or one document per
     * poll with the poll's prospect ids and scores.
     */
    private Pipe avroPipe(String from, String to, AvroPipeStore keep, MongoCollection<Document> store) {
        Producer<String, SpecificRecord> producer = eventProducerFactory.createProducer();
        return new Pipe(from, to, () -> eventConsumerFactory.createConsumer("bench-pipe-" + from, "pipe"),
                (ConsumerRecords<String, Object> records) -> {
                    List<ProspectQualified> qualified = new ArrayList<>(records.count());
                    records.forEach(record -> qualified.add(withFixedScores((ProspectFound) record.value())));
                    switch (keep) {
                        case ONE_PER_RECORD -> store.insertMany(qualified.stream().map(event -> new Document("_id", event.getProspectId())
                                .append("campaignId", event.getCampaignId()).append("totalScore", event.getTotalScore())
                                .append("decision", event.getDecision().name())).toList(), new InsertManyOptions().ordered(false));
                        case ONE_PER_POLL -> store.insertOne(new Document("prospectIds", qualified.stream().map(ProspectQualified::getProspectId).toList())
                                .append("totalScores", qualified.stream().map(ProspectQualified::getTotalScore).toList()));
                        case NONE -> { }
                    }
                    qualified.forEach(event -> producer.send(new ProducerRecord<>(to, event.getProspectId(), event)));
                });
    }

    /** The qualifier's ProspectQualified for this prospect, with fixed scores and reasons of a typical length. */
    private static ProspectQualified withFixedScores(ProspectFound found) {
        CriterionScore fixed = CriterionScore.newBuilder().setScore(60)
                .setReason("Fixed by the benchmark's Avro pipe, as long as one of the qualifier's reasons").build();
        return ProspectQualified.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(found.getWorkspaceId())
                .setCampaignId(found.getCampaignId())
                .setProspectId(found.getProspectId())
                .setContact(Contact.newBuilder()
                        .setFirstName(found.getPerson().getFirstName())
                        .setLastName(found.getPerson().getLastName())
                        .setEmail(found.getPerson().getEmail())
                        .setTitle(found.getPerson().getTitle())
                        .setCompanyName(found.getCompany().getName())
                        .setCompanyDomain(found.getCompany().getDomain())
                        .setIndustry(found.getCompany().getIndustry())
                        .setTimeZone(found.getPerson().getTimeZone())
                        .build())
                .setTotalScore(60).setBudget(fixed).setAuthority(fixed).setNeed(fixed).setTimeline(fixed)
                .setThreshold(60).setDecision(QualificationDecision.QUALIFIED).setHot(false).setContactable(true)
                .setScoredBy(Scorer.RULES).setFallbackReason(null)
                .setSignals(found.getSignals())
                .build();
    }

    /** The work of a pipe on each poll, after which its consumer commits. */
    private interface PollWork<K, V> {
        void on(ConsumerRecords<K, V> records);
    }

    /**
     * The qualifier's shape: consumers that read one topic and, per poll, do some work and send to
     * another, committing offsets once per poll as the services do. One consumer reads all
     * partitions by default ({@code -Dbench.pipe-consumers=3} gives one per partition, as the
     * qualifier's listener).
     */
    private static final class Pipe implements AutoCloseable {

        private final String from;
        private final String to;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        <K, V> Pipe(String from, String to, Supplier<Consumer<K, V>> newConsumer, PollWork<K, V> work) {
            this.from = from;
            this.to = to;
            int consumers = Integer.getInteger("bench.pipe-consumers", 1);
            for (int c = 0; c < consumers; c++) {
                int index = c;
                Consumer<K, V> consumer = newConsumer.get();
                List<TopicPartition> assigned = IntStream.range(0, EventTopic.PARTITIONS).filter(p -> p % consumers == index)
                        .mapToObj(p -> new TopicPartition(from, p)).toList();
                consumer.assign(assigned);
                consumer.seekToEnd(assigned);
                assigned.forEach(consumer::position); // resolves the end now, before anything is sent
                Thread thread = new Thread(() -> {
                    try (consumer) {
                        while (running.get()) {
                            ConsumerRecords<K, V> records = consumer.poll(Duration.ofMillis(50));
                            if (!records.isEmpty()) {
                                work.on(records);
                                consumer.commitAsync();
                            }
                        }
                    }
                }, "bench-pipe-" + from + "-" + c);
                threads.add(thread);
                thread.start();
            }
        }

        String from() {
            return from;
        }

        String to() {
            return to;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    // ---- the qualifier ----------------------------------------------------------------------

    /**
     * The qualifier's throughput, fed the ProspectFound events it reads in production, encoded
     * beforehand. With {@code backlog}, its ProspectFound listener is stopped while the load is
     * sent and started once it is all on the topic: the instance then works through a backlog
     * alone, as it would when the prospector runs elsewhere, without the load generator's
     * sending on the same two cores.
     */
    private Throughput qualifierThroughput(String prefix, int count, boolean backlog) throws Exception {
        return throughput(prospectLoad(prefix, count), TopicNames.PROSPECT_FOUND, TopicNames.PROSPECT_QUALIFIED,
                backlog ? prospectFoundListener() : null);
    }

    private MessageListenerContainer prospectFoundListener() {
        return listeners.getAllListenerContainers().stream()
                .filter(container -> Arrays.asList(container.getContainerProperties().getTopics()).contains(TopicNames.PROSPECT_FOUND))
                .findFirst().orElseThrow();
    }

    private Latency qualifierLatency() throws Exception {
        long[] latencies = new long[RATE * SECONDS];
        long[] sentAt = new long[latencies.length];
        AtomicLong received = new AtomicLong();
        try (Probe<Object> probe = new Probe<>(qualifiedConsumer(), TopicNames.PROSPECT_QUALIFIED, (record, at) -> {
            if (record.value() instanceof ProspectQualified qualified && qualified.getProspectId().startsWith("lat-")) {
                int i = Integer.parseInt(qualified.getProspectId().substring(4));
                latencies[i] = at - sentAt[i];
                received.incrementAndGet();
            }
        })) {
            Instant startedAt = Instant.now();
            paced(i -> {
                ProspectFound found = prospect("lat-" + i, i);
                sentAt[i] = System.nanoTime();
                kafka.send(TopicNames.PROSPECT_FOUND, found.getProspectId(), found);
            });
            awaitCount(received, latencies.length);
            writeLatencies(startedAt, sentAt, latencies);
            return Latency.of(latencies, (int) received.get());
        }
    }

    /**
     * Every sample of the qualifier's latency run, by when it was sent, to
     * {@code target/bench/qualifier-latency.csv}: the slow ones can then be set beside the GC logs
     * of the benchmark's JVMs ({@code JAVA_TOOL_OPTIONS=-Xlog:gc:file=...:time,pid}).
     */
    private static void writeLatencies(Instant startedAt, long[] sentAt, long[] latencies) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("sent_at_utc,latency_ms\n");
        for (int i = 0; i < latencies.length; i++) {
            Instant sent = startedAt.plusNanos(sentAt[i] - sentAt[0]);
            csv.append(sent).append(',').append(latencies[i] > 0 ? String.format("%.2f", latencies[i] / 1e6) : "").append('\n');
        }
        Path out = Path.of("target", "bench", "qualifier-latency.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, csv);
    }

    private Consumer<String, Object> qualifiedConsumer() {
        return eventConsumerFactory.createConsumer("bench-probe-" + UUID.randomUUID(), "bench");
    }

    private ProspectFound prospect(String prospectId, int i) {
        return ProspectFound.newBuilder(prototypes.get(i % prototypes.size()))
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setProspectId(prospectId)
                .setSourceRef("bench-" + i)
                .build();
    }

    /**
     * Varied prospects as the demo directory produces them: every seniority, email grade, company
     * size and industry, with none to three buying signals, so that all decisions are taken.
     */
    private static List<ProspectFound> realisticProspects() {
        Seniority[] seniorities = Seniority.values();
        EmailGrade[] grades = EmailGrade.values();
        String[] industries = {"Fintech", "Software", "Retail", "Healthcare", "Logistics", "Insurance"};
        int[] sizes = {4, 35, 120, 300, 800, 4_000};
        String[] countries = {"FR", "DE", "GB", "US", "ES"};
        SignalType[] signals = SignalType.values();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ProspectFound> prospects = new ArrayList<>();
        for (int n = 0; n < 210; n++) {
            int i = n;
            Seniority seniority = seniorities[i % seniorities.length];
            EmailGrade grade = grades[i % grades.length];
            String industry = industries[i % industries.length];
            int size = sizes[(i / 3) % sizes.length];
            String country = countries[(i / 7) % countries.length];
            List<BuyingSignal> found = IntStream.range(0, i % 4).mapToObj(s -> BuyingSignal.newBuilder()
                    .setType(signals[(i + s) % signals.length])
                    .setObservedAt(now.minus(3L + 29L * s + i % 90, ChronoUnit.DAYS))
                    .setDetail("Signal " + s + " of prospect " + i).build()).toList();
            prospects.add(aVpAtAFundedFintech(WORKSPACE, CAMPAIGN, "prototype-" + i)
                    .setPriority(i % 100)
                    .setPerson(ProspectPerson.newBuilder()
                            .setFirstName("First" + i).setLastName("Last" + i).setTitle(seniority.name() + " of Sales")
                            .setSeniority(seniority)
                            .setEmail(grade == EmailGrade.MISSING ? null : "person" + i + "@company" + i + ".example")
                            .setEmailGrade(grade).setCity("City " + i).setCountryCode(country).setTimeZone("Europe/Paris").build())
                    .setCompany(ProspectCompany.newBuilder()
                            .setName("Company " + i).setDomain("company" + i + ".example").setIndustry(industry)
                            .setEmployeeCount(size).setAnnualRevenueUsd(size * 150_000L).setCountryCode(country).build())
                    .setSignals(found)
                    .build());
        }
        return prospects;
    }

    // ---- measuring --------------------------------------------------------------------------

    /** Calls send(i) for i = 0 .. RATE*SECONDS-1 at a steady RATE per second. */
    private static void paced(java.util.function.IntConsumer send) {
        long interval = 1_000_000_000L / RATE;
        long start = System.nanoTime();
        for (int i = 0; i < RATE * SECONDS; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            send.accept(i);
        }
    }

    private static void awaitCount(AtomicLong received, long count) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (received.get() < count && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** Reads a topic from its current end on its own thread, stamping each record on arrival. */
    private static final class Probe<V> implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Probe(Consumer<?, V> consumer, String topic, BiConsumer<ConsumerRecord<?, V>, Long> onRecord) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolves the end now, before anything is sent
            thread = new Thread(() -> {
                try (consumer) {
                    while (running.get()) {
                        var records = consumer.poll(Duration.ofMillis(50));
                        long at = System.nanoTime();
                        records.forEach(record -> onRecord.accept(record, at));
                    }
                }
            }, "bench-probe-" + topic);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    record Throughput(int received, long duplicates, double sustainedPerSecond, double overallPerSecond) {

        /** Sustained: from the 10th percentile of arrivals to the last, so without the start-up ramp. */
        static Throughput of(long start, long[] arrivals, int received, long duplicates) {
            if (received < 20) {
                return new Throughput(received, duplicates, 0, 0);
            }
            int from = received / 10;
            double sustained = (received - 1 - from) / ((arrivals[received - 1] - arrivals[from]) / 1e9);
            double overall = received / ((arrivals[received - 1] - start) / 1e9);
            return new Throughput(received, duplicates, sustained, overall);
        }
    }

    record Latency(int received, int measured, double p50, double p99, double max) {

        /** In milliseconds, without the first two seconds (warm-up of the paced run). */
        static Latency of(long[] nanos, int received) {
            int skip = 2 * RATE;
            long[] measured = Arrays.stream(nanos, skip, nanos.length).filter(n -> n > 0).sorted().toArray();
            if (measured.length == 0) {
                return new Latency(received, 0, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Latency(received, measured.length, at(measured, 0.50), at(measured, 0.99),
                    measured[measured.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }

    record Results(int recordSize, Throughput raw, Map<String, Throughput> piped, Throughput qualifier,
                   Throughput backlog, Latency rawLatency, Latency qualifierLatency) {
    }

    private static String table(Results r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nQualifier speed benchmark — %d cores, %d prospects, %d-byte records, %d partitions, latency at %d/s for %d s%n",
                Runtime.getRuntime().availableProcessors(), PROSPECTS, r.recordSize(), EventTopic.PARTITIONS, RATE, SECONDS));
        out.append(String.format("%-48s %12s %12s %9s %9s %9s %9s%n", "", "sustained/s", "overall/s", "of raw", "p50 ms", "p99 ms", "max ms"));
        row(out, "raw Kafka, bytes, produce -> consume", r.raw(), r.rawLatency(), r.raw());
        r.piped().forEach((name, piped) -> row(out, name, piped, null, r.raw()));
        row(out, "qualifier, ProspectFound -> ProspectQualified", r.qualifier(), r.qualifierLatency(), r.raw());
        row(out, "qualifier working through a backlog alone", r.backlog(), null, r.raw());
        double share = r.qualifier().sustainedPerSecond() / r.raw().sustainedPerSecond();
        out.append(String.format("received: raw %d/%d, pipes %s, qualifier %d/%d (duplicates %d), backlog %d/%d (duplicates %d); latency samples: raw %d, qualifier %d (of %d, first 2 s skipped)%n",
                r.raw().received(), PROSPECTS,
                r.piped().values().stream().map(piped -> piped.received() + "/" + PROSPECTS + " (duplicates " + piped.duplicates() + ")")
                        .collect(Collectors.joining(", ")),
                r.qualifier().received(), PROSPECTS, r.qualifier().duplicates(), r.backlog().received(), PROSPECTS,
                r.backlog().duplicates(), r.rawLatency().measured(),
                r.qualifierLatency().measured(), RATE * SECONDS - 2 * RATE));
        out.append(String.format("targets: >= 5000 prospects/s: %s (%.0f with the load sent beside it; %.0f through a backlog) | p99 < 50 ms: %s (%.2f) | >= 50%% of raw Kafka: %s (%.0f%%)%n",
                verdict(r.qualifier().sustainedPerSecond() >= 5000), r.qualifier().sustainedPerSecond(), r.backlog().sustainedPerSecond(),
                verdict(r.qualifierLatency().p99() < 50), r.qualifierLatency().p99(), verdict(share >= 0.5), share * 100));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Throughput throughput, Latency latency, Throughput raw) {
        out.append(String.format("%-48s %12.0f %12.0f %8.0f%% %9s %9s %9s%n", name, throughput.sustainedPerSecond(),
                throughput.overallPerSecond(), 100 * throughput.sustainedPerSecond() / raw.sustainedPerSecond(),
                latency == null ? "-" : String.format("%.2f", latency.p50()),
                latency == null ? "-" : String.format("%.2f", latency.p99()),
                latency == null ? "-" : String.format("%.2f", latency.max())));
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }
}
