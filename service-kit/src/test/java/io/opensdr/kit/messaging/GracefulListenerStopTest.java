package io.opensdr.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Graceful shutdown, as Kubernetes triggers it (SIGTERM, the context closes, the listener
 * containers stop): a container of the kit's factory that is stopped in the middle of a poll's
 * records finishes every record of that poll and commits them before it stops, so a replica that
 * takes the partition over does not process them again.
 */
@SpringJUnitConfig
@EmbeddedKafka(kraft = true, partitions = 1)
class GracefulListenerStopTest {

    private static final String TOPIC = "graceful-stop";
    private static final String GROUP = "graceful-stop-group";

    @Autowired EmbeddedKafkaBroker broker;

    @Test
    void shouldFinishAndCommitTheRecordsOfTheLastPollWhenStoppedInTheMiddleOfThem() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 5; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "key", "record-" + i)).get(10, TimeUnit.SECONDS);
                }
            }

            ConcurrentKafkaListenerContainerFactory<String, Object> factory = new EventsKafkaConfiguration()
                    .kafkaListenerContainerFactory(new DefaultKafkaConsumerFactory<String, Object>(Map.of(
                            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                            ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                            // The five records, already written, arrive in one poll.
                            ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1_000_000,
                            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500),
                            new StringDeserializer(), stringsAsObjects()), new DefaultErrorHandler());
            ConcurrentMessageListenerContainer<String, Object> container = factory.createContainer(TOPIC);
            List<Object> processed = new CopyOnWriteArrayList<>();
            CountDownLatch firstRecordInFlight = new CountDownLatch(1);
            CountDownLatch stopRequested = new CountDownLatch(1);
            container.getContainerProperties().setMessageListener((MessageListener<String, Object>) (ConsumerRecord<String, Object> record) -> {
                firstRecordInFlight.countDown();
                try {
                    // The first record is still being processed when the stop arrives.
                    stopRequested.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                processed.add(record.value());
            });
            container.start();
            assertThat(firstRecordInFlight.await(30, TimeUnit.SECONDS)).isTrue();

            CountDownLatch stopped = new CountDownLatch(1);
            container.stop(stopped::countDown);
            stopRequested.countDown();

            assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(processed).containsExactly("record-0", "record-1", "record-2", "record-3", "record-4");
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            assertThat(committed.get(new TopicPartition(TOPIC, 0)).offset()).isEqualTo(5);
        }
    }

    @SuppressWarnings("unchecked")
    private static Deserializer<Object> stringsAsObjects() {
        return (Deserializer<Object>) (Deserializer<?>) new StringDeserializer();
    }
}
