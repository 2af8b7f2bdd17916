package io.opensdr.kit.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opensdr.events.catalog.EventTopic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;

/**
 * Counts, per topic, the records the listeners processed, the failed deliveries (each failed
 * attempt, including those that go to the DLT without retry) and the records moved to the DLT:
 * {@value #PROCESSED}, {@value #FAILED}, {@value #DEAD_LETTERED}. Every catalogue topic's counters
 * exist from the start, at zero.
 */
public class KafkaRecordMetrics implements RecordInterceptor<Object, Object>, BatchInterceptor<Object, Object>, RetryListener {

    public static final String PROCESSED = "opensdr.kafka.records.processed";
    public static final String FAILED = "opensdr.kafka.records.failed";
    public static final String DEAD_LETTERED = "opensdr.kafka.records.dead.lettered";

    private final MeterRegistry registry;
    private final Map<String, Counter> processed = new ConcurrentHashMap<>();
    private final Map<String, Counter> failed = new ConcurrentHashMap<>();
    private final Map<String, Counter> deadLettered = new ConcurrentHashMap<>();

    public KafkaRecordMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (EventTopic topic : EventTopic.values()) {
            counter(processed, PROCESSED, "Records a listener processed", topic.topicName());
            counter(failed, FAILED, "Failed deliveries of a record to a listener (each attempt)", topic.topicName());
            counter(deadLettered, DEAD_LETTERED, "Records published to the topic's dead-letter topic", topic.topicName());
        }
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        counter(processed, PROCESSED, "Records a listener processed", record.topic()).increment();
    }

    @Override
    public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        return records;
    }

    @Override
    public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        for (var partition : records.partitions()) {
            counter(processed, PROCESSED, "Records a listener processed", partition.topic())
                    .increment(records.records(partition).size());
        }
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int deliveryAttempt) {
        counter(failed, FAILED, "Failed deliveries of a record to a listener (each attempt)", record.topic()).increment();
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception exception) {
        counter(deadLettered, DEAD_LETTERED, "Records published to the topic's dead-letter topic", record.topic()).increment();
    }

    private Counter counter(Map<String, Counter> counters, String name, String description, String topic) {
        return counters.computeIfAbsent(topic, t -> Counter.builder(name).description(description).tag("topic", t).register(registry));
    }
}
