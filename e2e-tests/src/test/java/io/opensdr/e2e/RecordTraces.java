package io.opensdr.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The W3C trace ids ({@code traceparent} headers) of a topic's records with one key, read from the start. */
final class RecordTraces {

    private RecordTraces() {
    }

    /** The trace id of each record with this key on the topic, in order; "none" for a record without a header. */
    static List<String> traceIds(String brokers, String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-traces-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> traceIds = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int emptyPolls = 0;
            // Reads until the topic is drained (a few empty polls once assigned) or the deadline.
            while (System.nanoTime() < deadline && emptyPolls < 5) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (key.equals(record.key())) {
                        Header header = record.headers().lastHeader("traceparent");
                        traceIds.add(header == null ? "none"
                                : new String(header.value(), StandardCharsets.UTF_8).split("-")[1]);
                    }
                }
            }
        }
        return traceIds;
    }
}
