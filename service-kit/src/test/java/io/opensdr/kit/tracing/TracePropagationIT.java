package io.opensdr.kit.tracing;

import static io.opensdr.kit.ProspectFoundMother.aProspectFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.outbox.Outbox;
import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.kit.testing.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 * One trace across the outbox and a Kafka hop, on real infrastructure: an event recorded while a
 * span is current is published with a {@code traceparent} of that trace; a listener that records
 * an event in turn passes the trace on; and the service's scrape carries the Kafka and outbox meters.
 */
@SpringBootTest(classes = TracePropagationIT.TracedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.consumer.group-id=kit-tracing", "spring.application.name=kit-tracing",
                "management.endpoints.web.exposure.include=health,prometheus", "logging.structured.format.console="})
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureObservability
class TracePropagationIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "kit-tracing");
    }

    @Autowired MongoTemplate mongo;
    @Autowired Tracer tracer;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired TestRestTemplate http;

    @Test
    void shouldPublishAnOutboxEventWithTheTraceCurrentWhenItWasRecorded() {
        Span launch = tracer.nextSpan().name("launch").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(launch)) {
            mongo.upsert(Query.query(Criteria.where("_id").is("traced-1")),
                    Outbox.record(new Update().set("state", "found"), aProspectFound("traced-1").build()), "things");
        } finally {
            launch.end();
        }

        String traceparent = traceparentOf(TopicNames.PROSPECT_FOUND, "traced-1");
        assertThat(traceparent).matches("00-" + launch.context().traceId() + "-[0-9a-f]{16}-01");
        assertThat(traceparent).doesNotContain(launch.context().spanId()); // the producer's own span
    }

    @Test
    void shouldPassTheTraceOnThroughAListenerThatRecordsTheNextEvent() {
        Span launch = tracer.nextSpan().name("launch").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(launch)) {
            mongo.upsert(Query.query(Criteria.where("_id").is("hop-1")),
                    Outbox.record(new Update().set("state", "found"), aProspectFound("hop-1").build()), "things");
        } finally {
            launch.end();
        }

        String next = traceparentOf(TopicNames.PROSPECT_FOUND, "hop-1-next");
        assertThat(next).startsWith("00-" + launch.context().traceId() + "-");
    }

    @Test
    void shouldStartNoTraceForAnEventRecordedOutsideOne() {
        mongo.upsert(Query.query(Criteria.where("_id").is("untraced-1")),
                Outbox.record(new Update().set("state", "found"), aProspectFound("untraced-1").build()), "things");

        // The producer starts a trace of its own: still a well-formed header, on a new trace.
        assertThat(TraceContext.isValid(traceparentOf(TopicNames.PROSPECT_FOUND, "untraced-1"))).isTrue();
    }

    @Test
    void shouldExposeTheKafkaAndOutboxMetersInThePrometheusScrape() {
        mongo.upsert(Query.query(Criteria.where("_id").is("scraped-1")),
                Outbox.record(new Update().set("state", "found"), aProspectFound("scraped-1").build()), "things");
        traceparentOf(TopicNames.PROSPECT_FOUND, "scraped-1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = http.getForObject("/actuator/prometheus", String.class);
            assertThat(scrape)
                    .contains("opensdr_kafka_records_processed_total{application=\"kit-tracing\",topic=\"sdr.prospect-found.v1\"}")
                    .contains("opensdr_kafka_records_failed_total{")
                    .contains("opensdr_kafka_records_dead_lettered_total{")
                    .contains("opensdr_outbox_backlog{")
                    .contains("kafka_consumer_fetch_manager_records_lag_max{");
            assertThat(scrape).doesNotContain("opensdr_kafka_records_processed_total{application=\"kit-tracing\",topic=\"sdr.prospect-found.v1\"} 0.0");
        });
    }

    private String traceparentOf(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> found = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        Header header = record.headers().lastHeader(TraceContext.HEADER);
                        found.add(header == null ? "none" : new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    @SpringBootApplication
    static class TracedApplication {

        @Bean
        OutboxCollection things() {
            return new OutboxCollection("things");
        }

        @Bean
        HopListener hopListener(MongoTemplate mongo) {
            return new HopListener(mongo);
        }
    }

    /** A thin listener: a prospect whose id starts with "hop-" causes a next one, recorded in an outbox. */
    static class HopListener {

        private final MongoTemplate mongo;

        HopListener(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @KafkaListener(topics = TopicNames.PROSPECT_FOUND)
        void on(ProspectFound event) {
            if (event.getProspectId().startsWith("hop-") && !event.getProspectId().endsWith("-next")) {
                String next = event.getProspectId() + "-next";
                mongo.upsert(Query.query(Criteria.where("_id").is(next)),
                        Outbox.record(new Update().set("state", "found"), aProspectFound(next).build()), "things");
            }
        }
    }
}
