package io.opensdr.kit.messaging;

import io.opensdr.kit.tracing.TraceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Hands a poll's records to a handler as one list, for listeners on the batch container factory
 * ({@code batchEventListenerContainerFactory}). Each record is mapped in order; at the first one
 * that cannot be (it did not deserialize, is not the expected event, or the mapper refuses it),
 * the records before it are handled, then a {@link BatchListenerFailedException} names it, so
 * that the error handler commits those before it, sends it alone through the retries to the DLT,
 * and redelivers the rest. The handler must be idempotent: when it throws, the whole batch is
 * retried.
 */
public final class EventBatch {

    private EventBatch() {
    }

    public static <E, T> void process(List<ConsumerRecord<String, Object>> records, Class<E> eventType,
                                      Function<E, T> mapper, Consumer<List<T>> handler) {
        // A batch has no span per record: each event the handler records continues the trace of
        // the record with the same key (its traceparent header).
        Map<String, String> traces = new HashMap<>();
        for (ConsumerRecord<String, Object> record : records) {
            String traceparent = TraceContext.of(record);
            if (record.key() != null && traceparent != null) {
                traces.put(record.key(), traceparent);
            }
        }
        TraceContext.withinBatch(traces, () -> handle(records, eventType, mapper, handler));
    }

    private static <E, T> void handle(List<ConsumerRecord<String, Object>> records, Class<E> eventType,
                                      Function<E, T> mapper, Consumer<List<T>> handler) {
        List<T> mapped = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            ConsumerRecord<String, Object> record = records.get(index);
            try {
                mapped.add(mapper.apply(eventOf(record, eventType)));
            } catch (RuntimeException unprocessable) {
                if (!mapped.isEmpty()) {
                    handler.accept(mapped);
                }
                throw new BatchListenerFailedException(unprocessable.getMessage(), unprocessable, index);
            }
        }
        if (!mapped.isEmpty()) {
            handler.accept(mapped);
        }
    }

    private static <E> E eventOf(ConsumerRecord<String, Object> record, Class<E> eventType) {
        Object value = record.value();
        if (value == null) {
            boolean undeserializable = record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) != null;
            throw new InvalidEventException(undeserializable
                    ? "record " + record.topic() + "-" + record.partition() + "@" + record.offset() + " could not be deserialized"
                    : "record " + record.topic() + "-" + record.partition() + "@" + record.offset() + " has no value");
        }
        if (!eventType.isInstance(value)) {
            throw new InvalidEventException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " holds a " + value.getClass().getSimpleName() + ", not a " + eventType.getSimpleName());
        }
        return eventType.cast(value);
    }
}
