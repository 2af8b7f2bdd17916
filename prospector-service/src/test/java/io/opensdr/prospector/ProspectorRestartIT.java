package io.opensdr.prospector;

import static io.opensdr.prospector.messaging.CampaignSnapshotMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.kit.testing.TestRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A restart, for real: one service instance runs a campaign part of the way and is shut down, a
 * second one starts on the same MongoDB database and Kafka broker and finishes the day's quota.
 * Every person is announced once: the second instance resumes at the stored cursor and the unique
 * identities refuse anyone already found.
 */
@EmbeddedKafka(kraft = true, partitions = 3)
class ProspectorRestartIT {

    private static final String DATABASE = "prospector-restart-it";
    private static final Duration PIPELINE = Duration.ofSeconds(60);

    @Test
    @SuppressWarnings("unchecked")
    void shouldResumeWhereItLeftOffAfterARestartWithoutAnnouncingAnyoneTwice(EmbeddedKafkaBroker broker) {
        Map<String, ProspectFound> announced = new LinkedHashMap<>(); // by eventId: a redelivered event is one event
        try (KafkaConsumer<String, Object> probe = probe(broker)) {
            probe.subscribe(List.of(TopicNames.PROSPECT_FOUND));

            try (ConfigurableApplicationContext first = start(broker)) {
                KafkaTemplate<String, SpecificRecord> kafka = first.getBean(KafkaTemplate.class);
                kafka.send(TopicNames.CAMPAIGN, "c-restart", anActiveCampaign("w-restart", "c-restart", 12).build()).join();
                await().atMost(PIPELINE).until(() -> read(probe, announced) >= 4);
            }
            int beforeRestart = read(probe, announced);
            assertThat(beforeRestart).as("stopped part of the way").isLessThan(12);

            try (ConfigurableApplicationContext second = start(broker)) {
                await().atMost(PIPELINE).until(() -> read(probe, announced) == 12);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> read(probe, announced) == 12);
            }
        }

        assertThat(announced.values()).extracting(ProspectFound::getProspectId).doesNotHaveDuplicates();
        assertThat(announced.values()).extracting(ProspectFound::getSourceRef).doesNotHaveDuplicates();
        try (MongoClient mongo = MongoClients.create(TestMongo.uri(DATABASE))) {
            List<Document> prospects = mongo.getDatabase(DATABASE).getCollection("prospects")
                    .find(new Document("workspaceId", "w-restart")).into(new java.util.ArrayList<>());
            assertThat(prospects).hasSize(12);
            assertThat(prospects).extracting(document -> document.getString("_id"))
                    .containsExactlyInAnyOrderElementsOf(announced.values().stream().map(ProspectFound::getProspectId).toList());
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedKafkaBroker broker) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", broker.getBrokersAsString());
        properties.put("spring.data.mongodb.uri", TestMongo.uri(DATABASE));
        properties.put("opensdr.registry-url", TestRegistry.apicurioApi());
        properties.put("opensdr.retry-initial-interval-ms", "50");
        properties.put("opensdr.retry-attempts", "2");
        properties.put("server.port", "0");
        // Slow enough that the first instance is stopped part of the way through the quota.
        properties.put("opensdr.prospector.pace.tick-interval", "500ms");
        properties.put("opensdr.prospector.pace.batch-size", "2");
        // As arguments: they take precedence over application.yml (builder properties would not).
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ProspectorApplication.class).run(arguments);
    }

    private static KafkaConsumer<String, Object> probe(EmbeddedKafkaBroker broker) {
        // The Confluent wire format, as every consumer of the catalogue reads it (see ARCHITECTURE.md).
        Map<String, Object> config = new HashMap<>(Map.of(
                "apicurio.registry.url", TestRegistry.apicurioApi(),
                "apicurio.registry.headers.enabled", false,
                "apicurio.registry.id-handler", "io.apicurio.registry.serde.Legacy4ByteIdHandler",
                "apicurio.registry.use-id", "contentId",
                "apicurio.registry.use-specific-avro-reader", true));
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-probe-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AvroKafkaDeserializer<Object> avro = new AvroKafkaDeserializer<>();
        avro.configure(config, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), avro);
    }

    private static int read(KafkaConsumer<String, Object> probe, Map<String, ProspectFound> announced) {
        probe.poll(Duration.ofMillis(200)).forEach(record -> {
            ProspectFound event = (ProspectFound) record.value();
            if (event.getCampaignId().equals("c-restart")) {
                announced.put(event.getEventId().toString(), event);
            }
        });
        return announced.size();
    }
}
